package org.bomoco.study;

import java.io.Serializable;

/**
 * One unit of work of a study: computes a text (a cell, or a part of one) from what it carries — its spec, seed and
 * any file contents — so that it can run on another machine with no shared file system ({@link CellEngine}). The
 * text must be a function of the unit alone (except for wall times), so that every engine gives the same cells.
 */
public interface CellWork extends Serializable {
    /** What this unit computes, for progress and error messages (e.g. {@code cell scenario-a.csv, histories 1-25}). */
    String label();

    /**
     * Computes the text. A user error is an {@link org.bomoco.model.InputException}; any other exception is a
     * failure of the machine that ran it (an engine may retry it elsewhere).
     */
    String compute();
}
