import { useMutation, useQuery, useQueryClient, UseQueryResult } from '@tanstack/react-query';
import { api } from './client';
import { ApiProblem } from './problem';

type Query = Parameters<typeof api.get>[1];

/**
 * GET of one API path, cached under the path. `null` waits (a screen whose
 * court or participant is not known yet). `refreshEvery` makes boards refresh by themselves.
 */
export function useApiQuery<T>(path: string | null, query?: Query, options: { refreshEvery?: number } = {}): UseQueryResult<T, ApiProblem> {
  return useQuery<T, ApiProblem>({
    queryKey: [path, query ?? {}],
    queryFn: () => api.get<T>(path!, query),
    enabled: path !== null,
    refetchInterval: options.refreshEvery,
    // Refused reads (403, 404, 422) will not change by asking again.
    retry: (count, error) => error.status === 0 && count < 2,
  });
}

/**
 * A change through the API. On success the cached reads whose path starts
 * with one of `invalidates` are fetched again, so lists show the change.
 */
export function useApiMutation<TInput, TResult = unknown>(
  send: (input: TInput) => Promise<TResult>,
  options: { invalidates?: string[]; onSuccess?: (result: TResult, input: TInput) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation<TResult, ApiProblem, TInput>({
    mutationFn: send,
    onSuccess: async (result, input) => {
      const prefixes = options.invalidates ?? [];
      await queryClient.invalidateQueries({
        predicate: (q) => typeof q.queryKey[0] === 'string' && prefixes.some((p) => (q.queryKey[0] as string).startsWith(p)),
      });
      options.onSuccess?.(result, input);
    },
  });
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
