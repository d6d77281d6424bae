package dev.cfscale.facts.code;

import java.util.Optional;

/**
 * What a storage write keeps in its one value when that value grows: a collection read back and written with one more
 * item ({@code setState({ list: [...this.state.list, item] })}, {@code this.items.push(item)} on a persisted field), a
 * map given one more key ({@code { ...this.state.byId, [id]: meta }}), or a whole document written as one value (a Yjs
 * document encoded whole, a map of every record the object holds). Durable Object storage caps one value (and one SQL
 * row), so such a value stops saving once it passes the cap.
 *
 * @param shape how the value grows
 * @param collection the code of what grows ({@code this.state.emails}, {@code this.records})
 * @param capped the collection is cut to a number of items before the new one goes in ({@code slice(-49)})
 * @param largeContent what makes one item (or the document) large, when the code says ("html", "base64 audio
 *     (narrationAudio)", "the whole Yjs document encoded with encodeStateAsUpdate()")
 * @param removedElsewhere some other write of the class shrinks or resets the same collection (a filter, a delete, a reset)
 */
public record StoredGrowth(Shape shape, String collection, boolean capped, Optional<String> largeContent, boolean removedElsewhere) {

  /** How a stored value grows. */
  public enum Shape {
    /** One more item appended (or prepended) to an array read back from the same store. */
    APPENDED,
    /** One more key added to a map read back from the same store. */
    KEYED,
    /** A whole document (every record the object keeps) written as one value. */
    WHOLE_DOCUMENT
  }

  /** True when the value's size has no bound the code sets: no count cap, or items whose own size has none. */
  public boolean unbounded() {
    return !capped || largeContent.isPresent() || shape == Shape.WHOLE_DOCUMENT;
  }

  /** A plain collection of small items that only grows: no cap, nothing large, and nothing else ever removes from it. */
  public boolean onlyGrows() {
    return shape != Shape.WHOLE_DOCUMENT && !capped && largeContent.isEmpty() && !removedElsewhere;
  }

  /** True when the value reaches the per-value cap on its own size or its items' size, not by count alone. */
  public boolean largeValue() {
    return shape == Shape.WHOLE_DOCUMENT || largeContent.isPresent();
  }
}
