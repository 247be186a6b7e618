/**
 * The {@code bomoco} command line (picocli): wires the other packages together; nothing imports it.
 * User errors print one line and exit with code 2; I/O failures exit with code 1.
 */
package org.bomoco.cli;
