import { fireEvent, render, screen } from '@testing-library/react';
import { useLayoutEffect, useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useDrawTurn } from '../../src/ui/chart/draw-turns.ts';

/** What the page showed as each frame drew, read in the same commit. */
let seen: string[] = [];

/** Stands for a chart frame near the screen: says whether it has had its turn to draw. */
function Frame({ id, near = true }: { id: string; near?: boolean }) {
  const frame = useRef<HTMLParagraphElement>(null);
  const drawn = useDrawTurn('trend', near, frame) !== null;
  useLayoutEffect(() => {
    if (drawn) seen.push(document.body.textContent ?? '');
  }, [drawn]);
  return <p ref={frame}>{`${id} ${drawn ? 'drawn' : 'waiting'};`}</p>;
}

describe('charts near the screen take turns to draw', () => {
  it('one at a time, in the order they came near', async () => {
    seen = [];
    render(
      <>
        <Frame id="a" />
        <Frame id="b" />
        <Frame id="c" />
      </>,
    );

    await screen.findByText('c drawn;');

    expect(seen).toEqual([
      'a drawn;b waiting;c waiting;',
      'a drawn;b drawn;c waiting;',
      'a drawn;b drawn;c drawn;',
    ]);
  });

  it('a frame not near the screen waits, and a frame gone before its turn is skipped', async () => {
    function Page() {
      const [shown, setShown] = useState(true);
      return (
        <>
          <Frame id="far" near={false} />
          <Frame id="first" />
          {shown && <Frame id="gone" />}
          <Frame id="last" />
          <button type="button" onClick={() => setShown(false)}>
            hide
          </button>
        </>
      );
    }
    render(<Page />);
    fireEvent.click(screen.getByRole('button', { name: 'hide' }));

    await screen.findByText('last drawn;');
    expect(screen.getByText('first drawn;')).toBeInTheDocument();
    expect(screen.queryByText(/^gone/)).toBeNull();
    expect(screen.getByText('far waiting;')).toBeInTheDocument();
  });
});
