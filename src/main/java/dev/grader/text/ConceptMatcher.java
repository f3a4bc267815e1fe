package dev.grader.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Finds concept phrases in free-text answers, ignoring case, punctuation and inflection: a phrase
 * matches where its stemmed words appear one after the other in the stemmed answer ("multiple CPUs"
 * matches "multiple cpu", "running in parallel" matches "runs in parallel"). Words must be
 * adjacent; rubric authors list variants ("in parallel", "concurrently") as further phrases.
 *
 * <p>Porter stemming joins many but not all related words: "isolated" and "isolation" meet, while
 * "parallel" and "parallelism" do not. A rubric that needs both lists both.
 *
 * <p>Safe for concurrent use: Lucene gives each thread its own token stream.
 */
public final class ConceptMatcher {
  private static final int QUOTE_LIMIT = 80;

  private final Analyzer analyzer = new StemmingAnalyzer();

  /** The first of {@code phrases}, in the order given, that {@code answer} contains. */
  public Optional<ConceptHit> find(List<String> phrases, String answer) {
    List<Word> text = words(answer);
    for (String phrase : phrases) {
      List<String> stems = words(phrase).stream().map(Word::stem).toList();
      int at = indexOf(text, stems);
      if (at >= 0) {
        Word first = text.get(at);
        Word last = text.get(at + stems.size() - 1);
        return Optional.of(
            new ConceptHit(phrase, quote(answer.substring(first.start(), last.end()))));
      }
    }
    return Optional.empty();
  }

  private static int indexOf(List<Word> text, List<String> stems) {
    if (stems.isEmpty()) {
      return -1;
    }
    for (int start = 0; start + stems.size() <= text.size(); start++) {
      int matched = 0;
      while (matched < stems.size()
          && text.get(start + matched).stem().equals(stems.get(matched))) {
        matched++;
      }
      if (matched == stems.size()) {
        return start;
      }
    }
    return -1;
  }

  private static String quote(String words) {
    String folded = words.replaceAll("[\\s\\p{Cc}]+", " ").strip();
    return folded.length() <= QUOTE_LIMIT ? folded : folded.substring(0, QUOTE_LIMIT) + "…";
  }

  List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      // Reading from a string cannot fail; a failure here is a bug in the analysis chain.
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** A stemmed word and where the student wrote it. */
  record Word(String stem, int start, int end) {}
}
