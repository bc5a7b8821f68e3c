/**
 * The HTTP API described for the people and programs that use it: an OpenAPI document of /api
 * (/v3/api-docs) with the problem+json error format on every operation, and Swagger UI to try it.
 */
@ApplicationModule(allowedDependencies = {})
package io.servicedesk.apidocs;

import org.springframework.modulith.ApplicationModule;
