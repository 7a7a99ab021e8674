// The TanStack Query mutation that submits a new customer: one call of
// provisionCustomer(dto) per mutate(). It never retries by itself (a repeated POST could
// provision twice); the wizard guards against double submits and offers Retry.
import { mutationOptions, useMutation } from '@tanstack/react-query';
import type { ProvisionCustomerModel } from '../contract/provision-customer-model.ts';
import { provisionCustomer } from './provision-customer.ts';

export type ProvisionCustomerResult = Record<string, unknown>;

export function provisionCustomerMutationOptions() {
  return mutationOptions<ProvisionCustomerResult, Error, ProvisionCustomerModel>({
    mutationKey: ['provision-customer'],
    mutationFn: (dto) => provisionCustomer(dto),
    retry: false,
  });
}

export function useProvisionCustomer() {
  return useMutation(provisionCustomerMutationOptions());
}
