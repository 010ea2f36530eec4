package be.ifg.rti.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where each value of a tree read from text was: its line and column, found by the JSON path the
 * readers use in problems ({@code $}, {@code .key}, {@code [index]}). A path that names a value the
 * text does not have (a missing field) gives the place of the nearest value it does have, so
 * "required field is missing" points at the object that lacks it.
 */
final class Locations {
  /** The place of one value, and of its members or elements. */
  static final class Place {
    private final int line;
    private final int column;
    private @Nullable Map<String, Place> members;
    private @Nullable List<Place> elements;

    Place(int line, int column) {
      this.line = Math.max(line, 1);
      this.column = Math.max(column, 1);
    }

    int line() {
      return line;
    }

    int column() {
      return column;
    }

    void put(String name, Place place) {
      if (members == null) {
        members = new LinkedHashMap<>();
      }
      members.put(name, place);
    }

    void add(Place place) {
      if (elements == null) {
        elements = new ArrayList<>();
      }
      elements.add(place);
    }
  }

  private @Nullable Place root;

  /** No places: every path is unknown. */
  Locations() {}

  void root(Place place) {
    this.root = place;
  }

  /** The place of the value at {@code path}, or of its nearest ancestor; null when unknown. */
  @Nullable Place at(String path) {
    Place here = root;
    if (here == null || !path.startsWith("$")) {
      return here;
    }
    int i = 1;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0 || here.elements == null) {
          return here;
        }
        int index;
        try {
          index = Integer.parseInt(path.substring(i + 1, close));
        } catch (NumberFormatException notAnIndex) {
          return here;
        }
        if (index < 0 || index >= here.elements.size()) {
          return here;
        }
        here = here.elements.get(index);
        i = close + 1;
      } else if (c == '.') {
        if (here.members == null) {
          return here;
        }
        // the longest key that matches here and ends where a segment may end
        String best = null;
        for (String key : here.members.keySet()) {
          int end = i + 1 + key.length();
          if (path.startsWith(key, i + 1)
              && (end == path.length() || path.charAt(end) == '.' || path.charAt(end) == '[')
              && (best == null || key.length() > best.length())) {
            best = key;
          }
        }
        if (best == null) {
          return here;
        }
        here = here.members.get(best);
        i = i + 1 + best.length();
      } else {
        return here;
      }
    }
    return here;
  }
}
