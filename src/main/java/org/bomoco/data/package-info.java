/**
 * Readers and writers of the catalogue ({@code datasets/}), instance directories, decision files and real hourly
 * carbon series, with validation that names the file, line and field; and the seeded instance generator.
 */
package org.bomoco.data;
