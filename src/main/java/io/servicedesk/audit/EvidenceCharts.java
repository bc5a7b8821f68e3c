package io.servicedesk.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The charts of the evidence page, drawn on the server as SVG: no script, no network, and they print. Each
 * has a title and a text alternative; the weekly table under them carries the same numbers.
 */
final class EvidenceCharts {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 240;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 40;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    static final String KEPT = "#2e7d32";
    static final String LATE = "#f9a825";
    static final String MISSED = "#c62828";
    static final String FIRST_RESPONSE = "#1565c0";
    static final String RESOLUTION = "#6a1b9a";
    static final String PAGES = "#37474f";

    private EvidenceCharts() {
    }

    record Series(String name, String colour, Function<Evidence.Week, Double> value) {
    }

    /** Target attainment per week: % of first responses and resolutions within target (weeks with none due: gap). */
    static String attainment(List<Evidence.Week> weeks) {
        Svg svg = new Svg("chart-attainment", "Target attainment per week",
                "Per week, the share of first responses and of resolutions within their contract target");
        svg.axes(weeks, 100, "%");
        List<Series> series = List.of(new Series("First response within target", FIRST_RESPONSE,
                        Evidence.Week::firstResponsePercent),
                new Series("Resolved within target", RESOLUTION, Evidence.Week::resolutionPercent));
        for (Series line : series) {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < weeks.size(); i++) {
                Double value = line.value().apply(weeks.get(i));
                if (value == null) {
                    continue;
                }
                double x = svg.centre(i, weeks.size());
                double y = svg.y(value, 100);
                path.append(path.isEmpty() ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
                svg.add("<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"3\" fill=\"" + line.colour()
                        + "\"><title>" + Svg.escape(line.name() + ", week of " + WEEK.format(weeks.get(i).week())
                        + ": " + value + " %") + "</title></circle>");
            }
            if (!path.isEmpty()) {
                svg.add("<path d=\"" + path + "\" fill=\"none\" stroke=\"" + line.colour() + "\" stroke-width=\"2\"/>");
            }
        }
        svg.legend(series.stream().map(line -> new String[] {line.name(), line.colour()}).toList());
        return svg.close();
    }

    /** Update punctuality per week: client updates sent on time, late, never. */
    static String punctuality(List<Evidence.Week> weeks) {
        Svg svg = new Svg("chart-punctuality", "Client update punctuality per week",
                "Per week, client updates sent on time, sent late and never sent");
        long max = weeks.stream().mapToLong(week -> week.updatesKept() + week.updatesLate() + week.updatesMissed())
                .max().orElse(0);
        long scale = niceMax(max);
        svg.axes(weeks, scale, "");
        for (int i = 0; i < weeks.size(); i++) {
            Evidence.Week week = weeks.get(i);
            double base = 0;
            long[] parts = {week.updatesKept(), week.updatesLate(), week.updatesMissed()};
            String[] colours = {KEPT, LATE, MISSED};
            String[] names = {"on time", "late", "never sent"};
            for (int part = 0; part < parts.length; part++) {
                if (parts[part] == 0) {
                    continue;
                }
                svg.bar(i, weeks.size(), base, base + parts[part], scale, colours[part],
                        parts[part] + " " + names[part] + ", week of " + WEEK.format(week.week()));
                base += parts[part];
            }
        }
        svg.legend(List.of(new String[] {"On time", KEPT}, new String[] {"Late", LATE},
                new String[] {"Never sent", MISSED}));
        return svg.close();
    }

    /** After-hours pages per week: how often the contract's after-hours promise woke somebody up. */
    static String pages(List<Evidence.Week> weeks) {
        Svg svg = new Svg("chart-pages", "After-hours pages per week",
                "Per week, how often on-call was paged outside the support window");
        long scale = niceMax(weeks.stream().mapToLong(Evidence.Week::afterHoursPages).max().orElse(0));
        svg.axes(weeks, scale, "");
        for (int i = 0; i < weeks.size(); i++) {
            Evidence.Week week = weeks.get(i);
            if (week.afterHoursPages() > 0) {
                svg.bar(i, weeks.size(), 0, week.afterHoursPages(), scale, PAGES,
                        week.afterHoursPages() + " pages, week of " + WEEK.format(week.week()));
            }
        }
        return svg.close();
    }

    /** A round upper bound for a count axis (at least 4, so the ticks are whole numbers). */
    static long niceMax(long max) {
        if (max <= 4) {
            return 4;
        }
        long step = (long) Math.pow(10, Math.floor(Math.log10(max)));
        for (long factor : new long[] {1, 2, 5, 10}) {
            if (factor * step >= max && (factor * step) % 4 == 0) {
                return factor * step;
            }
        }
        return ((max + 3) / 4) * 4;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** An SVG in the making, with the chart's plot area and helpers. */
    private static final class Svg {

        private final StringBuilder svg = new StringBuilder();

        Svg(String id, String title, String description) {
            svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id).append("\" class=\"chart\"")
                    .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\"")
                    .append(" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                    .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                    .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>")
                    .append("<text x=\"").append(LEFT).append("\" y=\"16\" class=\"chart-title\">")
                    .append(escape(title)).append("</text>");
        }

        double plotWidth() {
            return WIDTH - LEFT - RIGHT;
        }

        double plotHeight() {
            return HEIGHT - TOP - BOTTOM;
        }

        double centre(int index, int count) {
            return LEFT + plotWidth() * (index + 0.5) / Math.max(1, count);
        }

        double y(double value, double max) {
            return TOP + plotHeight() * (1 - value / max);
        }

        void axes(List<Evidence.Week> weeks, long max, String unit) {
            for (int tick = 0; tick <= 4; tick++) {
                double value = max * tick / 4.0;
                double y = y(value, max);
                svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                        .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" class=\"grid\"/>")
                        .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                        .append("\" text-anchor=\"end\" class=\"tick\">").append((long) value).append(unit)
                        .append("</text>");
            }
            int every = Math.max(1, (int) Math.ceil(weeks.size() / 12.0));
            for (int i = 0; i < weeks.size(); i += every) {
                svg.append("<text x=\"").append(fmt(centre(i, weeks.size()))).append("\" y=\"")
                        .append(HEIGHT - BOTTOM + 16).append("\" text-anchor=\"middle\" class=\"tick\">")
                        .append(escape(WEEK.format(weeks.get(i).week()))).append("</text>");
            }
            svg.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(HEIGHT - 4)
                    .append("\" text-anchor=\"end\" class=\"tick\">week starting (Monday)</text>");
        }

        void bar(int index, int count, double from, double to, double max, String colour, String label) {
            double slot = plotWidth() / Math.max(1, count);
            double width = Math.max(1, slot * 0.7);
            double x = centre(index, count) - width / 2;
            svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y(to, max))).append("\" width=\"")
                    .append(fmt(width)).append("\" height=\"").append(fmt(y(from, max) - y(to, max)))
                    .append("\" fill=\"").append(colour).append("\"><title>").append(escape(label))
                    .append("</title></rect>");
        }

        void legend(List<String[]> entries) {
            double x = WIDTH - RIGHT;
            for (int i = entries.size() - 1; i >= 0; i--) {
                String name = entries.get(i)[0];
                x -= 24 + name.length() * 6.2;
                svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"8\" width=\"10\" height=\"10\" fill=\"")
                        .append(entries.get(i)[1]).append("\"/><text x=\"").append(fmt(x + 14))
                        .append("\" y=\"17\" class=\"legend\">").append(escape(name)).append("</text>");
            }
        }

        void add(String element) {
            svg.append(element);
        }

        String close() {
            return svg.append("</svg>").toString();
        }

        static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
