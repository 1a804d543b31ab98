import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ApiToken, CreatedToken, Locale, Me, MeInput } from "../../app/api-types.ts";
import { ME_KEY, useSessionChanged } from "../../app/session.ts";
import { TOKENS_KEY } from "./data.ts";

export interface SignInInput {
  email: string;
  password: string;
}

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
  locale: Locale;
}

export function useSignIn() {
  const sessionChanged = useSessionChanged();
  return useMutation({
    mutationFn: (input: SignInInput) => api.post<Me>("/auth/sign-in", input),
    onSuccess: (me) => sessionChanged(me),
  });
}

export function useSignUp() {
  const sessionChanged = useSessionChanged();
  return useMutation({
    mutationFn: (input: SignUpInput) => api.post<Me>("/auth/sign-up", input),
    onSuccess: (me) => sessionChanged(me),
  });
}

export function useSignOut() {
  const sessionChanged = useSessionChanged();
  return useMutation({
    mutationFn: () => api.post<void>("/auth/sign-out"),
    onSettled: () => sessionChanged(null),
  });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeInput) => api.patch<Me>("/me", input),
    onSuccess: (me) => queryClient.setQueryData(ME_KEY, me),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<void>("/me/password", input),
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; expiresInDays?: number }) =>
      api.post<CreatedToken>("/me/tokens", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: ApiToken) => api.delete(`/me/tokens/${encodeURIComponent(token.id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}
