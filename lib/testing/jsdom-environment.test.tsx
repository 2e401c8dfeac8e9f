// @vitest-environment jsdom
// Proves the unit project's DOM set-up: component tests opt into jsdom with the line above.
import { render, screen } from "@testing-library/react";
import { expect, it } from "vitest";

function Title() {
  return <h1>决算通</h1>;
}

it("renders React components in jsdom", () => {
  render(<Title />);
  expect(screen.getByRole("heading").textContent).toBe("决算通");
});
