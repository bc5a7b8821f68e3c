package io.servicedesk.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Incident reports as JSON bodies, built like a portal would send them. */
public final class Reports {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Reports(String clientId) {
        fields.put("clientId", clientId);
        fields.put("summary", "Accounting database will not open");
        fields.put("description", "Since 9:12 nobody in accounting can open the database.");
        fields.put("reporter", Map.of("name", "Abel Stone", "email", "abel.stone@northwind-dental.test"));
        fields.put("channel", "PORTAL");
    }

    /** A report for the demo client Northwind Dental (Los Angeles, P1 only after hours). */
    public static Reports northwind() {
        return new Reports("northwind");
    }

    public static Reports forClient(String clientId) {
        return new Reports(clientId);
    }

    public Reports with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public Reports without(String field) {
        fields.remove(field);
        return this;
    }

    public Reports signals(Boolean criticalOperationsDown, Integer usersBlocked, Boolean containmentRequired) {
        fields.put("criticalOperationsDown", criticalOperationsDown);
        fields.put("usersBlocked", usersBlocked);
        fields.put("containmentRequired", containmentRequired);
        return this;
    }

    public Reports asset(String assetId) {
        fields.put("assetId", assetId);
        return this;
    }

    /** The demo portal of the report's client (northwind-portal, ...): it may report for that client only. */
    public String portal() {
        return fields.get("clientId") + "-portal";
    }

    public String json() {
        return Api.json(fields);
    }
}
