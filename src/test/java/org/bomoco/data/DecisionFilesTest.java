package org.bomoco.data;

import static org.bomoco.data.Fixtures.assertInputError;
import static org.bomoco.data.Fixtures.dropLines;
import static org.bomoco.data.Fixtures.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.bomoco.model.Choice;
import org.bomoco.model.Placement;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Purchase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DecisionReader} and {@link DecisionWriter} on the fixture's {@code decision.csv}: rows db, web, etl, report
 * on lines 2..5 (not in instance order); etl is a batch job with slack 10, report one with slack 0.
 */
class DecisionFilesTest {
    @TempDir
    Path tmp;
    private Path dir;
    private PlacementInstance instance;

    @BeforeEach
    void load() {
        dir = Fixtures.validInstance(tmp);
        instance = InstanceReader.read(dir);
    }

    @Test
    void readsInInstanceOrder() {
        Placement p = DecisionReader.read(dir.resolve("decision.csv"), instance);
        assertEquals(List.of(new Choice("web", "uksouth", "v1", Purchase.ON_DEMAND, 0),
                new Choice("db", "eu-west-1", "v4", Purchase.ON_DEMAND, 0),
                new Choice("etl", "us-east4", "v2", Purchase.SPOT, 10),
                new Choice("report", "uksouth", "v1", Purchase.ON_DEMAND, 0)), p.choices());
    }

    @Test
    void writeThenReadRoundTrips() throws Exception {
        Placement p = DecisionReader.read(dir.resolve("decision.csv"), instance);
        Path out = tmp.resolve("sub").resolve("plan.csv");
        DecisionWriter.write(p, out);
        assertEquals("workload,region,size,purchase,delay_h\nweb,uksouth,v1,on_demand,0\ndb,eu-west-1,v4,on_demand,0\n"
                + "etl,us-east4,v2,spot,10\nreport,uksouth,v1,on_demand,0\n", Files.readString(out));
        assertEquals(p, DecisionReader.read(out, instance));
    }

    private void expect(UnaryOperator<String> edit, long line, String field, String fragment) {
        Fixtures.edit(dir, "decision.csv", edit);
        assertInputError(() -> DecisionReader.read(dir.resolve("decision.csv"), instance), "decision.csv", line,
                field, fragment);
    }

    @Test
    void missingRowNamesTheWorkload() {
        expect(dropLines(3, 3), 0, "workload", "3 rows for 4 workloads; add a row for workload 'web'");
    }

    @Test
    void extraRowNamesTheWorkload() {
        expect(s -> s + "cache,uksouth,v1,on_demand,0\n", 6, "workload", "unknown workload 'cache'");
    }

    @Test
    void duplicateRowNamesTheWorkload() {
        expect(replace("web,uksouth", "db,uksouth"), 3, "workload", "workload 'db' appears twice (first on line 2)");
    }

    @Test
    void headerOnlyIsRejected() {
        expect(Fixtures.whole("workload,region,size,purchase,delay_h\n"), 0, null, "no data rows");
    }

    @Test
    void regionMustBelongToTheInstance() {
        expect(replace("web,uksouth", "web,westeurope"), 3, "region", "'westeurope' is not in the instance");
    }

    @Test
    void sizeMustBeKnown() {
        expect(replace("web,uksouth,v1", "web,uksouth,v64"), 3, "size", "unknown size 'v64'");
    }

    @Test
    void purchaseMustBeOnDemandOrSpot() {
        expect(replace("spot,10", "reserved,10"), 4, "purchase", "expected on_demand or spot");
    }

    @Test
    void batchDelayWithinSlack() {
        expect(replace("spot,10", "spot,11"), 4, "delay_h", "outside the allowed range [0, 10]");
    }

    @Test
    void negativeDelayRejected() {
        expect(replace("spot,10", "spot,-1"), 4, "delay_h", "outside");
    }

    @Test
    void alwaysOnCannotBeDelayed() {
        expect(replace("web,uksouth,v1,on_demand,0", "web,uksouth,v1,on_demand,2"), 3, "delay_h",
                "always_on and cannot be delayed");
    }

    @Test
    void missingColumn() {
        expect(s -> s.replace(",delay_h", "").replaceAll(",\\d+\n", "\n"), 1, "delay_h", "missing column");
    }
}
