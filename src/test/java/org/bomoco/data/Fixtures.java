package org.bomoco.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.bomoco.model.InputException;
import org.bomoco.model.PlacementInstance;
import org.junit.jupiter.api.function.Executable;

/** Test helpers: copies of the fixture directories, one-edit breakages, and assertions on input errors. */
final class Fixtures {
    private Fixtures() {
    }

    /** The directory of a test resource under {@code org/bomoco/data/}. */
    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh copy of the valid instance fixture inside {@code tmp}. */
    static Path validInstance(Path tmp) {
        return copy(resource("valid-instance"), tmp.resolve("instance"));
    }

    static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites {@code file} of {@code dir} with {@code edit}, which must change it. */
    static void edit(Path dir, String file, UnaryOperator<String> edit) {
        try {
            Path p = dir.resolve(file);
            String before = Files.readString(p, StandardCharsets.UTF_8);
            String after = edit.apply(before);
            assertFalse(before.equals(after), "the edit of " + file + " changed nothing");
            Files.writeString(p, after, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code find}, which must be present. */
    static UnaryOperator<String> replace(String find, String with) {
        return s -> {
            int i = s.indexOf(find);
            assertTrue(i >= 0, "fixture lacks '" + find + "'");
            return s.substring(0, i) + with + s.substring(i + find.length());
        };
    }

    /** Removes the 1-based lines {@code from..to}. */
    static UnaryOperator<String> dropLines(int from, int to) {
        return s -> {
            List<String> lines = new java.util.ArrayList<>(List.of(s.split("\n", -1)));
            lines.subList(from - 1, to).clear();
            return String.join("\n", lines);
        };
    }

    /** Replaces the whole text. */
    static UnaryOperator<String> whole(String text) {
        return s -> text;
    }

    /**
     * Asserts that {@code action} fails with one single-line {@link InputException} naming {@code file} (its last
     * path element), {@code line}, {@code field}, and containing {@code fragment}.
     */
    static InputException assertInputError(Executable action, String file, long line, String field,
            String fragment) {
        InputException e = assertThrows(InputException.class, action);
        String m = e.getMessage();
        assertEquals(file, Path.of(e.file()).getFileName().toString(), m);
        assertEquals(line, e.line(), m);
        assertEquals(field, e.field(), m);
        assertTrue(m.contains(fragment), () -> "message lacks '" + fragment + "': " + m);
        assertFalse(m.contains("\n") || m.contains("\r"), () -> "message spans several lines: " + m);
        return e;
    }

    /** Asserts that two instances hold the same values (records' equals, with the forecast series by content). */
    static void assertSameInstance(PlacementInstance a, PlacementInstance b) {
        assertEquals(a.parameters(), b.parameters());
        assertEquals(a.regions(), b.regions());
        assertEquals(a.sizes(), b.sizes());
        assertEquals(a.providers(), b.providers());
        assertEquals(a.workloads(), b.workloads());
        assertEquals(a.dependencies(), b.dependencies());
        assertEquals(a.forecast().start(), b.forecast().start());
        assertEquals(a.forecast().gramsCo2PerKwh().keySet(), b.forecast().gramsCo2PerKwh().keySet());
        a.forecast().gramsCo2PerKwh().forEach((r, s) -> assertArrayEquals(s, b.forecast().series(r), r));
    }

    /** The bytes of every file of {@code dir}, by name, in name order. */
    static java.util.Map<String, String> contents(Path dir) throws IOException {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
