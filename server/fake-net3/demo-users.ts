// The staff accounts the fake Net3 API knows, for signing in to the portal in development,
// demos and tests. Made up and public on purpose (docs/demo-users.md lists them): the fake is
// never the real Net3.

export type FakeNet3DemoUser = {
  userId: string;
  userName: string;
  password: string;
  displayName: string;
  firstName: string;
  lastName: string;
  email: string;
  roles: string[];
};

export const fakeNet3DemoUsers: readonly FakeNet3DemoUser[] = [
  {
    userId: '5eeded0de11a4c0fb0a7d3c1e2f40001',
    userName: 'demo.sales',
    password: 'demo-sales-password',
    displayName: 'Demo Sales',
    firstName: 'Demo',
    lastName: 'Sales',
    email: 'demo.sales@net3.example',
    roles: ['Sales'],
  },
  {
    userId: '5eeded0de11a4c0fb0a7d3c1e2f40002',
    userName: 'demo.support',
    password: 'demo-support-password',
    displayName: 'Dana Support',
    firstName: 'Dana',
    lastName: 'Support',
    email: 'dana.support@net3.example',
    roles: ['Support'],
  },
];

/** "demo.sales / demo-sales-password, demo.support / demo-support-password" for start-up lines. */
export function describeDemoUsers(): string {
  return fakeNet3DemoUsers.map((user) => `${user.userName} / ${user.password}`).join(', ');
}
