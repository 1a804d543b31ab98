import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { Organization, OrganizationInput, OrganizationRole } from "../../app/api-types.ts";
import { ORGANIZATIONS_KEY } from "./data.ts";

export function useSaveOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: OrganizationInput }) =>
      id
        ? api.patch<Organization>(`/organizations/${encodeURIComponent(id)}`, input)
        : api.post<Organization>("/organizations", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGANIZATIONS_KEY }),
  });
}

export function useDeleteOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/organizations/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGANIZATIONS_KEY }),
  });
}

export function useSetMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      organizationId,
      personId,
      role,
    }: {
      organizationId: string;
      personId: string;
      role: OrganizationRole;
    }) =>
      api.put<unknown>(
        `/organizations/${encodeURIComponent(organizationId)}/members/${encodeURIComponent(personId)}`,
        { role },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGANIZATIONS_KEY }),
  });
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ organizationId, personId }: { organizationId: string; personId: string }) =>
      api.delete(
        `/organizations/${encodeURIComponent(organizationId)}/members/${encodeURIComponent(personId)}`,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGANIZATIONS_KEY }),
  });
}
