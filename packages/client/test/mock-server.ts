import { createMockPlatform, type MockPlatform } from "@lds/mock";
import { setupServer } from "msw/node";
import { afterAll } from "vitest";

/**
 * The mock platform behind msw for one test file, with every request outside it an error; closed after the file.
 */
export async function mockServer(): Promise<MockPlatform> {
  const mock = await createMockPlatform();
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: "error" });
  afterAll(async () => {
    server.close();
    await mock.close();
  });
  return mock;
}
