package org.neighbourhood.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
                compare(component.getName(), old, now, changes);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    /** Texts kept per language are compared language by language and field by field: {@code texts.pl.title}. */
    private static void compare(String name, Object old, Object now, List<String> changes) {
        if (Objects.equals(old, now)) {
            return;
        }
        if (old instanceof Map<?, ?> before && now instanceof Map<?, ?> after) {
            var keys = new TreeSet<String>();
            before.keySet().forEach(k -> keys.add(String.valueOf(k)));
            after.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (var key : keys) {
                compare(name + "." + key, before.get(key), after.get(key), changes);
            }
        } else if (old instanceof Record a && now instanceof Record b && a.getClass() == b.getClass()) {
            for (var component : a.getClass().getRecordComponents()) {
                compare(name + "." + component.getName(), read(component, a), read(component, b), changes);
            }
        } else if (old instanceof Record a && now == null) {
            for (var component : a.getClass().getRecordComponents()) {
                compare(name + "." + component.getName(), read(component, a), null, changes);
            }
        } else if (old == null && now instanceof Record b) {
            for (var component : b.getClass().getRecordComponents()) {
                compare(name + "." + component.getName(), null, read(component, b), changes);
            }
        } else {
            changes.add(name + ": “" + old + "” → “" + now + "”");
        }
    }

    private static Object read(java.lang.reflect.RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
