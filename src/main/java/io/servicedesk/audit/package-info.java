/**
 * Evidence for auditors: each contract's promises against what happened, per period. A projection of every
 * incident, kept up to date in the transaction of each change, answers the contract-period report, its
 * CSV and the page auditors read in a browser; it is kept as long as the process history.
 */
package io.servicedesk.audit;
