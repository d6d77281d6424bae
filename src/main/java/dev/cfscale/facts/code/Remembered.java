package dev.cfscale.facts.code;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A test on a string (a file path, an entry's name) with its answers remembered: rules ask it of the same few hundred
 * entries once per operation, thousands of times in a monorepo. Forgets everything past {@code LIMIT} answers, so a
 * long-lived process auditing many projects does not keep them all.
 */
final class Remembered implements Predicate<String> {
  private static final int LIMIT = 50_000;
  private final Predicate<String> test;
  private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

  Remembered(Predicate<String> test) {
    this.test = test;
  }

  @Override
  public boolean test(String s) {
    Boolean known = answers.get(s);
    if (known != null) {
      return known;
    }
    boolean answer = test.test(s);
    if (answers.size() >= LIMIT) {
      answers.clear();
    }
    answers.put(s, answer);
    return answer;
  }
}
