package dev.grader.extract;

/** How a piece of code was tied to its question, strongest first. */
enum Via {
  /** A type or file named for the question ({@code Q3.java}, {@code class ProcessQ3}). */
  NAME,
  /** A comment such as {@code // Question 3} before the type or at the top of the file. */
  MARKER,
  /** A folder or package named for the question ({@code q3/Main.java}). */
  FOLDER,
  /** A fenced code block under the question's heading in a document. */
  DOCUMENT
}
