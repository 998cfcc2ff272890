"""Rewrap the `__all__` list nbdev writes into each module at 100 characters (nbdev wraps it at a fixed 120).
Run by `make export` after `nbdev_export`; running it twice changes nothing."""
import ast, sys
from pathlib import Path
from textwrap import TextWrapper

WRAP = TextWrapper(width=100, subsequent_indent=' ' * 11, break_long_words=False)

def rewrap(text:str):  # a module's code
    "The code with its `__all__` assignment rewrapped (unchanged when it has none)."
    lines = text.split('\n')
    start = next((i for i, l in enumerate(lines) if l.startswith('__all__ = [')), None)
    if start is None: return text
    end = start
    while not lines[end].rstrip().endswith(']'): end += 1
    names = ast.literal_eval('\n'.join(lines[start:end + 1]).split('=', 1)[1].strip())
    return '\n'.join(lines[:start] + WRAP.wrap(f'__all__ = {names}') + lines[end + 1:])

for path in sorted(Path(sys.argv[1] if len(sys.argv) > 1 else 'audioquant_nb').glob('*.py')):
    if path.name == '_modidx.py': continue
    text = path.read_text()
    if (new := rewrap(text)) != text: path.write_text(new)
