package io.servicedesk.vendorcase;

import static io.servicedesk.vendorcase.VendorVariables.*;

import io.servicedesk.contract.Vendor;
import io.servicedesk.contract.VendorKind;
import io.servicedesk.incident.ProcessVariables;
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
        Vendor vendor = desk.vendorFor((String) execution.getVariable(ProcessVariables.CONTRACT_ID),
                VendorKind.valueOf((String) execution.getVariable(VENDOR_KIND)));
        execution.setVariable(VENDOR_NAME, vendor.name());
        execution.setVariable(VENDOR_EMAIL, vendor.email());
        execution.setVariable(VENDOR_RESPONSE_MINUTES, vendor.responseTargetMinutes());
        execution.setVariable(VENDOR_RESPONSE_TARGET, "PT" + vendor.responseTargetMinutes() + "M");
    }
}
