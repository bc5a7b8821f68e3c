package io.servicedesk.contract;

/**
 * Published when a contract is created or its terms change, inside that transaction: the audit evidence
 * keeps each version of the terms, so a period is judged by the contract as it stood then.
 */
public record ContractChanged(Contract contract) {
}
