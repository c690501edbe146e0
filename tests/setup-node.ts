// Specs in the node project run without a DOM or a mock server: pure logic only.
export {};
