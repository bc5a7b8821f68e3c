package io.servicedesk.contract;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.Holiday;
import io.servicedesk.contract.SupportHours;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Reads a contract's documented support window. */
@Component
public class ContractWindows {

    public SupportWindow of(Contract contract) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (SupportHours hours : contract.getSupportHours()) {
            week.computeIfAbsent(hours.dayOfWeek(), day -> new ArrayList<>())
                    .add(new OpeningHours(hours.opens(), hours.closes()));
        }
        return new SupportWindow(contract.zone(), week,
                contract.getHolidays().stream().map(Holiday::date).collect(Collectors.toSet()));
    }
}
