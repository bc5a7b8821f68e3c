/** The embedded demo: one user per group, three clients whose contracts differ in what matters. */
package io.servicedesk.demo;
