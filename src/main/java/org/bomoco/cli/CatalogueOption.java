package org.bomoco.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The {@code --catalogue DIR} option of the commands that build or regenerate instances from the catalogue
 * ({@code generate}, {@code validate}, {@code run}, {@code report}, {@code serve}), with one default: the bundled
 * {@code datasets/} ({@link Paths#catalogue()}).
 */
final class CatalogueOption {
    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "Catalogue directory (regions, sizes, providers, prices, carbon profiles) that generated "
                    + "instances are drawn from (default: the bundled datasets/).")
    Path directory;

    /** The directory given, else the bundled {@code datasets/}. */
    Path path() {
        return directory == null ? Paths.catalogue() : directory;
    }
}
