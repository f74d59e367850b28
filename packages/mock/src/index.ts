export type { ActingAs, Arrange, StatusChange } from "./arrange.ts";
export { ArrangeError } from "./errors.ts";
export { createMockPlatform, DEFAULT_BASE_URL, type MockPlatform, type MockPlatformOptions } from "./mock-platform.ts";
