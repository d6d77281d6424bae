package dev.cfscale.parse.ts;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/**
 * How deeply a source file nests, counted over its tokens before SWC sees it. SWC parses recursively on the
 * native stack, and a few hundred nested parentheses overflow a default thread stack, which kills the JVM
 * (no exception can be caught in native code). The count is an upper bound of the syntax tree's depth: every
 * bracket ({@code ( [ {}, a template and its {@code ${}) opens a level that its closer ends, and tokens that
 * nest without brackets ({@code a ? b : c ? ...}, {@code x => y => ...}, {@code !!x}, {@code a = b = c},
 * {@code o.a().a()}, {@code a + b + ...}, {@code if (c) if (c) ...}) add a level until the statement or the
 * list element ends ({@code ;}, {@code ,}, or a line break where a statement can end). Strings, comments,
 * regular expressions and template text are skipped.
 */
final class NestingDepth {
  /** Keywords that nest what follows them (prefix operators and statements without braces). */
  private static final Set<String> NESTING_WORDS = Set.of("new", "typeof", "void", "delete", "await", "yield",
      "if", "else", "for", "while", "do", "with", "return", "throw", "case", "in", "of", "instanceof");
  /** Words after which a {@code /} starts a regular expression rather than a division. */
  private static final Set<String> REGEX_WORDS = Set.of("return", "typeof", "instanceof", "in", "of", "new", "delete",
      "void", "throw", "case", "do", "else", "yield", "await");
  private static final int LONGEST_KEYWORD = "instanceof".length();
  /** Punctuators that continue an expression on the next line (no statement ends before them). */
  private static final String CONTINUATION = ".?:=+-*/%&|^<>,)]}";

  private enum Frame { PAREN, BRACKET, BRACE, TEMPLATE, TEMPLATE_EXPR }

  private final String text;
  private final int limit;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final Deque<Integer> bases = new ArrayDeque<>();
  private int pos;
  private int depth;
  /** Depth at the current bracket's opening: where a statement or list element ends the count returns to. */
  private int base;
  /** The previous token could end a statement, so a line break may end it (ASI). */
  private boolean canEnd;
  private boolean lineBreak;
  /** The previous token allows a regular expression next. */
  private boolean regexAllowed = true;

  private NestingDepth(String text, int limit) {
    this.text = text;
    this.limit = limit;
  }

  /** The offset at which {@code text} nests deeper than {@code limit} levels, if it does. */
  static Optional<Integer> firstBeyond(String text, int limit) {
    // every level is opened by a token of at least one character: a text no longer than the limit cannot pass it
    return text.length() <= limit ? Optional.empty() : new NestingDepth(text, limit).scan();
  }

  private Optional<Integer> scan() {
    while (pos < text.length()) {
      int start = pos;
      if (!frames.isEmpty() && frames.peek() == Frame.TEMPLATE) {
        templateText();
      } else {
        token();
      }
      if (depth > limit) {
        return Optional.of(start);
      }
    }
    return Optional.empty();
  }

  private void token() {
    char c = text.charAt(pos);
    if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
      lineBreak = true;
      pos++;
      return;
    }
    if (Character.isWhitespace(c) || c == '\uFEFF') {
      pos++;
      return;
    }
    if (c == '/' && next(1) == '/') {
      skipLineComment();
      return;
    }
    if (c == '/' && next(1) == '*') {
      skipBlockComment();
      return;
    }
    if (lineBreak && canEnd && CONTINUATION.indexOf(c) < 0) {
      depth = base;
    }
    lineBreak = false;
    if (c == '"' || c == '\'') {
      skipString(c);
      operand();
    } else if (c == '`') {
      pos++;
      open(Frame.TEMPLATE);
    } else if (c == '/' && regexAllowed) {
      skipRegex();
      operand();
    } else if (Character.isJavaIdentifierStart(c) || c == '#' || c == '\\') {
      word();
    } else if (Character.isDigit(c)) {
      while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.' || text.charAt(pos) == '_')) {
        pos++;
      }
      operand();
    } else {
      punctuator(c);
    }
  }

  private void punctuator(char c) {
    pos++;
    switch (c) {
      case '(' -> open(Frame.PAREN);
      case '[' -> open(Frame.BRACKET);
      case '{' -> open(Frame.BRACE);
      case ')', ']', '}' -> close(c);
      case ';', ',' -> {
        depth = base;
        regexAllowed = true;
        canEnd = false;
      }
      default -> {
        // an operator nests its right-hand side; a run of operator characters ("===", "=>", "?.") is one
        // operator, except prefix chains ("!!x", "~~x") where each one nests
        while (c != '!' && c != '~' && pos < text.length() && "=<>&|?+-*%^.:".indexOf(text.charAt(pos)) >= 0) {
          pos++;
        }
        depth++;
        regexAllowed = true;
        canEnd = false;
      }
    }
  }

  private void word() {
    int start = pos;
    pos++;
    while (pos < text.length() && (Character.isJavaIdentifierPart(text.charAt(pos)) || text.charAt(pos) == '\\')) {
      pos++;
    }
    // the keywords are short and lower case: most identifiers are told apart without a string of their own
    boolean keywordShaped = pos - start <= LONGEST_KEYWORD && Character.isLowerCase(text.charAt(start));
    String word = keywordShaped ? text.substring(start, pos) : "";
    if (NESTING_WORDS.contains(word)) {
      depth++;
    }
    regexAllowed = REGEX_WORDS.contains(word);
    canEnd = !regexAllowed;
  }

  private void operand() {
    regexAllowed = false;
    canEnd = true;
  }

  private void open(Frame frame) {
    frames.push(frame);
    bases.push(base);
    depth++;
    base = depth;
    regexAllowed = true;
    canEnd = false;
  }

  /** Ends the innermost bracket when {@code closer} matches it; a stray closer is ignored. */
  private void close(char closer) {
    Frame expected = closer == ')' ? Frame.PAREN : closer == ']' ? Frame.BRACKET : Frame.BRACE;
    Frame top = frames.peek();
    if (top == expected || (closer == '}' && top == Frame.TEMPLATE_EXPR)) {
      frames.pop();
      depth = base - 1;
      base = bases.pop();
    }
    regexAllowed = closer == '}';
    canEnd = true;
  }

  /** Template text up to the closing backtick (ends the template) or a {@code ${} (opens an expression). */
  private void templateText() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\\') {
        pos += 2;
      } else if (c == '`') {
        pos++;
        frames.pop();
        depth = base - 1;
        base = bases.pop();
        operand();
        return;
      } else if (c == '$' && next(1) == '{') {
        pos += 2;
        open(Frame.TEMPLATE_EXPR);
        return;
      } else {
        pos++;
      }
    }
  }

  private void skipString(char quote) {
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\\') {
        pos += 2;
      } else if (c == quote || c == '\n') {
        pos++;
        return;
      } else {
        pos++;
      }
    }
  }

  private void skipRegex() {
    pos++;
    boolean inClass = false;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\\') {
        pos += 2;
        continue;
      }
      pos++;
      if (c == '\n') {
        return;
      } else if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '/' && !inClass) {
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
          pos++;
        }
        return;
      }
    }
  }

  private void skipLineComment() {
    while (pos < text.length() && text.charAt(pos) != '\n') {
      pos++;
    }
  }

  private void skipBlockComment() {
    int end = text.indexOf("*/", pos + 2);
    if (end >= 0 && text.substring(pos, end).indexOf('\n') >= 0) {
      lineBreak = true;
    }
    pos = end < 0 ? text.length() : end + 2;
  }

  private char next(int ahead) {
    return pos + ahead < text.length() ? text.charAt(pos + ahead) : '\0';
  }
}
