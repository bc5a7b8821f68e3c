package io.servicedesk.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads RFC 4180 CSV with a header line into one map per row, as a spreadsheet would. */
final class Csv {

    private Csv() {
    }

    static List<Map<String, String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> values : lines.subList(1, lines.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int column = 0; column < lines.get(0).size(); column++) {
                row.put(lines.get(0).get(column), values.get(column));
            }
            rows.add(row);
        }
        return rows;
    }
}
