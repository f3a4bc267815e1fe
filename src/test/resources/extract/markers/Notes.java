package demo;

/* Solutions to Q1 and Q2 are in Solutions.java: names two questions, so marks none. */
class Notes {}
