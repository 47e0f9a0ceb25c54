/** The territory the console works in, remembered across visits and sent as x-escale-tenant. */
const key = "escale.tenant";

export function currentTenantId(): string | undefined {
  return localStorage.getItem(key) ?? undefined;
}

export function setCurrentTenant(tenantId: string): void {
  localStorage.setItem(key, tenantId);
}
