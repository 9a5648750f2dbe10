// web-test-runner runs the tests with mocha's globals (describe, it, afterEach).
/// <reference types="mocha" />
