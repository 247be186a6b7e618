package org.bomoco.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.bomoco.cli.Main;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code bomoco run} is registered with its options (the YAML side is tested with the spec reader). */
class RunCommandTest {
    @Test
    void runIsASubcommandWithThreadsAndForce() {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        assertEquals(0, cl.execute("run", "--help"));
        for (String s : new String[] {"FILE", "--threads", "--force", "--catalogue"}) {
            assertTrue(out.toString().contains(s), s + " missing from\n" + out);
        }
    }
}
