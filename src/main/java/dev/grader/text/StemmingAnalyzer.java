package dev.grader.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words of English prose reduced to Porter stems, so that "processes", "Process" and "process's"
 * compare equal. Stop words are kept: a phrase must appear as written, give or take inflection.
 */
final class StemmingAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer words = new StandardTokenizer();
    TokenStream stems = new EnglishPossessiveFilter(words);
    stems = new LowerCaseFilter(stems);
    stems = new ASCIIFoldingFilter(stems);
    stems = new PorterStemFilter(stems);
    return new TokenStreamComponents(words, stems);
  }
}
