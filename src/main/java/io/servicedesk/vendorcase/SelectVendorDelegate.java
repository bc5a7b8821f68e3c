package io.servicedesk.vendorcase;

import io.servicedesk.contract.Vendor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Select vendor": the contract's vendor of the kind the team asked for (ISP, cloud, hardware, platform). */
@Component
class SelectVendorDelegate implements JavaDelegate {

    private final VendorDesk desk;

    SelectVendorDelegate(VendorDesk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Vendor vendor = desk.vendorFor(execution.getProcessBusinessKey(), VendorVariables.kind(execution));
        VendorVariables.vendor(execution, vendor.name(), vendor.email());
    }
}
