/**
 * Stands for the instructor's hidden tests: student code must never read this source.
 * INSTRUCTOR-SECRET: the expected answer is 42.
 */
class HiddenTest {}
