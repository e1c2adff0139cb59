package org.neighbourhood.base;

import java.util.ArrayList;
import java.util.Objects;

/** Says which fields of a record differ between two versions, for audit lines and revision history. */
public final class Changes {

    private Changes() {
    }

    /** Each changed field with its value before and after, such as {@code title: “a” → “b”}. */
    public static <R extends Record> String between(R before, R after) {
        var changes = new ArrayList<String>();
        for (var component : before.getClass().getRecordComponents()) {
            try {
                var old = component.getAccessor().invoke(before);
                var now = component.getAccessor().invoke(after);
                if (!Objects.equals(old, now)) {
                    changes.add(component.getName() + ": “" + old + "” → “" + now + "”");
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }
}
