package org.bomoco.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printable ESG summary of an instance ({@code /esg}): a plain HTML page (no script) with the method statement
 * (GHG Protocol Scope 2, location-based), the totals of the current state and the plan with their change, and the
 * same per provider and per region. Its print style hides the navigation.
 */
final class EsgPage {
    private static final List<String> SHOWN = List.of("cost_usd", "energy_kwh", "scope2_location_kgco2e",
            "embodied_kgco2e", "water_l");
    private static final List<String> NAMES = List.of("Cost (USD/month)", "Facility energy (kWh/month)",
            "Scope 2, location-based (kgCO2e/month)", "Embodied, Scope 3 (kgCO2e/month)", "Water (L/month)");

    private EsgPage() {
    }

    /** The page of a {@link Footprints#body} for {@code csvHref}. */
    @SuppressWarnings("unchecked")
    static String html(Map<String, Object> body, String csvHref) {
        String inst = WebServer.escape(String.valueOf(body.get("instance")));
        StringBuilder sb = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>ESG summary: " + inst + "</title><link rel=\"stylesheet\" href=\"/static/style.css\">"
                + "</head><body><header class=\"noprint\"><strong>ESG summary</strong><a href=\"/\">Start</a>"
                + "<a href=\"/dashboard\">Dashboard</a></header><main id=\"esg\">");
        sb.append("<h1>ESG summary of instance ").append(inst).append("</h1><p>Current state against plan <strong>")
                .append(WebServer.escape(String.valueOf(body.get("plan")))).append("</strong>.</p>");
        sb.append("<p id=\"method\"><strong>Method.</strong> ")
                .append(WebServer.escape(Footprints.METHOD)).append("</p>");
        sb.append("<p class=\"noprint\"><a id=\"csv\" href=\"").append(WebServer.escape(csvHref))
                .append("\">Download as CSV</a> · <button onclick=\"window.print()\">Print</button></p>");
        sb.append("<h2>Total</h2>").append(table((List<Map<String, Object>>) body.get("total"), false, "total"));
        sb.append("<h2>Per provider</h2>").append(table((List<Map<String, Object>>) body.get("providers"), false,
                "providers"));
        sb.append("<h2>Per region</h2>").append(table((List<Map<String, Object>>) body.get("regions"), true,
                "regions"));
        return sb.append("</main></body></html>").toString();
    }

    @SuppressWarnings("unchecked")
    private static String table(List<Map<String, Object>> rows, boolean region, String id) {
        StringBuilder sb = new StringBuilder("<table id=\"esg-" + id + "\"><tr><th class=\"t\">" + (region
                ? "region</th><th class=\"t\">provider</th><th class=\"t\">jurisdiction" : "") + "</th>"
                + "<th class=\"t\">figure</th><th>current</th><th>plan</th><th>change</th></tr>");
        for (Map<String, Object> row : rows) {
            Map<String, Double> now = (Map<String, Double>) row.get("current");
            Map<String, Double> plan = (Map<String, Double>) row.get("plan");
            for (int k = 0; k < SHOWN.size(); k++) {
                String key = SHOWN.get(k);
                sb.append("<tr><td class=\"t\">").append(k == 0 ? WebServer.escape(String.valueOf(row.get("key")))
                        : "").append("</td>");
                if (region) {
                    sb.append("<td class=\"t\">").append(k == 0 ? row.get("provider") : "").append("</td><td class=\"t\">")
                            .append(k == 0 ? WebServer.escape(String.valueOf(row.get("jurisdiction"))) : "")
                            .append("</td>");
                }
                double a = now.get(key);
                double b = plan.get(key);
                sb.append("<td class=\"t\">").append(NAMES.get(k)).append("</td><td>").append(num(a))
                        .append("</td><td>").append(num(b)).append("</td><td>")
                        .append(a == 0 ? "–" : String.format(Locale.ROOT, "%+.1f %%", 100 * (b - a) / a))
                        .append("</td></tr>");
            }
        }
        return sb.append("</table>").toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.1f" : "%.3f", v);
    }
}
