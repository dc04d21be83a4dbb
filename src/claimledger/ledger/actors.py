"""Actors across documents: one ledger actor per real-world claimant.

Each analysis names its actors (with in-document aliases); here they become
ledger actors, matched in this order:

1. the exact normalised name (``norm``: lower case, no diacritics, no
   apostrophes, no Arabic article ``al-``/``el-``) among known aliases;
2. the alias file ``data/actor_aliases.tsv`` (ISIS / IS / Daesh ...);
3. a transliteration skeleton (consonants, variants folded: Moallem, Mouallem
   and Muallem all give ``mlm``) confirmed by a rapidfuzz ratio;
4. a close rapidfuzz match on the whole normalised name (typos);
5. a bare surname that names exactly one known person ("Moallem").

Names are taken without a leading role or apposition (:func:`core_name`), and
anonymous claimants ("residents", "a spokesman", "it": :func:`is_nameable`)
get no ledger actor at all. Whatever matched, the names seen become aliases of
that actor. People correct
the machine with :func:`merge_actors` and :func:`split_actor`; both move alias
rows with ``origin = "person"``, and exact alias matches come first, so the
corrections hold when documents are ingested or re-analysed later.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz, process
from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.engine import Connection

from claimledger.errors import StoreError
from claimledger.ledger.records import ActorRow
from claimledger.ledger.schema import actor_aliases, actors, analysis_actors, claims
from claimledger.ledger.timeutil import now

_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u02bf\u02be'`\u00b4]")
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_ARTICLES = {"al", "el", "the"}
_FOLDS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ph", "f"), ("q", "k"), ("ck", "k"), ("dh", "d"), ("j", "g"))
_VOWELS = set("aeiouy")
MIN_FUZZY_CHARS = 6
FUZZY_CUTOFF = 90.0
SKELETON_CUTOFF = 72.0


def norm(name: str) -> str:
    """Normalise a name for exact matching: ``"Walid al-Mu'allem"`` -> ``"walid muallem"``."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = _APOSTROPHES.sub("", s)
    s = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), s)  # U.N. -> un
    tokens = _NON_WORD.sub(" ", s).split()
    kept = [t for t in tokens if t not in _ARTICLES]
    return " ".join(kept or tokens)


_POSSESSIVE = re.compile(r"^\s*[A-Z][\w.-]*(?:'s|\u2019s)\s+")
_STOP = {"of", "the", "and", "for", "a", "an"}


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words of titles and roles ("minister", "envoy") from the NLP team's titles list."""
    try:
        text = resources.files("claimledger.nlp").joinpath("data/titles.txt").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return frozenset()
    words: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        for part in line.split("="):
            words.update(w.strip(".,").lower() for w in part.split())
    return frozenset(w for w in words - _STOP if w)


def _has_proper(text: str) -> bool:
    words = [w.strip(".,;:!?\"'()[]#*") for w in text.split()]
    return any(w[:1].isupper() or (w[:1].isdigit() and len(w) > 1) for w in words if w and w.lower() not in _QUALIFIERS)


def core_name(name: str) -> str:
    """The name without a leading role: "Syria's foreign minister Walid al-Moallem"
    -> "Walid al-Moallem", "The UN envoy Staffan de Mistura" -> "Staffan de Mistura"."""
    s = " ".join(name.split())
    if "," in s:  # "Hamza Karim, a surgeon" / "the spokesman, Bassam Haddad"
        parts = [p.strip() for p in s.split(",") if p.strip()]
        s = next((p for p in parts if _has_proper(p)), parts[0] if parts else s)
    s = _POSSESSIVE.sub("", s, count=1) or s
    tokens = s.split(" ")
    titles = title_words()
    last = -1
    for i, t in enumerate(tokens):
        if t.strip(".,").lower() in titles:
            last = i
    if 0 <= last < len(tokens) - 1 and tokens[last + 1][:1].isupper():
        return " ".join(tokens[last + 1 :])
    return s


_QUALIFIERS = {"the", "a", "an", "some", "local", "several", "many", "other", "one", "two", "three", "senior",
               "unnamed", "anonymous", "its", "his", "her", "their", "our", "for", "of", "in", "at", "from", "and"}


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    text = resources.files("claimledger.ledger").joinpath("data/generic_claimants.txt").read_text("utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def is_nameable(name: str) -> bool:
    """Does ``name`` name one actor (a person, group, body), rather than an
    anonymous speaker ("residents", "a spokesman for the ministry", "it")?
    Only nameable claimants become ledger actors and merge across documents."""
    core = core_name(name)
    if not _has_proper(core):
        return False
    words = [w for w in (w.strip(".,;:!?\"'()[]#*") for w in core.split()) if w]
    ignorable = generic_words() | _QUALIFIERS
    return not all(w.lower().removesuffix("'s") in ignorable for w in words)


def _skeleton_token(token: str) -> str:
    for a, b in _FOLDS:
        token = token.replace(a, b)
    if not token:
        return token
    out = [token[0]]
    for ch in token[1:]:
        if ch in _VOWELS:
            continue
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


def skeleton(normed: str) -> str:
    """Consonant skeleton of a normalised name: transliterations collide here."""
    return " ".join(_skeleton_token(t) for t in normed.split())


@dataclass(frozen=True)
class AliasEntry:
    name: str
    type: str
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def alias_file() -> dict[str, AliasEntry]:
    """``norm(alias) -> entry`` from ``data/actor_aliases.tsv`` (loaded once)."""
    text = resources.files("claimledger.ledger").joinpath("data/actor_aliases.tsv").read_text("utf-8")
    out: dict[str, AliasEntry] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, type_, aliases = (line.split("\t") + ["", ""])[:3]
        entry = AliasEntry(name.strip(), type_.strip() or "unknown", tuple(a.strip() for a in aliases.split("|") if a.strip()))
        for alias in (entry.name, *entry.aliases):
            out.setdefault(norm(alias), entry)
    return out


def tokens_agree(a: str, b: str) -> bool:
    """Two normalised names agree word by word (same number of words, each pair
    spelled alike or with the same skeleton): "walid moallem" / "walid muallem"
    agree, "russian ministry of defence" / "syrian ministry of defence" do not."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    return all(x == y or _skeleton_token(x) == _skeleton_token(y) or fuzz.ratio(x, y) >= 85 for x, y in zip(ta, tb))


def _types_fit(a: str, b: str) -> bool:
    return a == b or "unknown" in (a, b)


REFRESH_SECONDS = 2.0


def corrections_signature(conn: Connection) -> tuple[int, ...]:
    """Changes whenever a person merges or splits actors (another process may)."""
    merged = conn.execute(select(func.count()).select_from(actors).where(actors.c.merged_into.is_not(None))).scalar()
    n, total = conn.execute(
        select(func.count(), func.coalesce(func.sum(actor_aliases.c.actor_id), 0)).where(actor_aliases.c.origin == "person")
    ).one()
    return (int(merged or 0), int(n or 0), int(total or 0))


def follow_merges(conn: Connection, ids: set[int]) -> dict[int, int]:
    """``{id: surviving id}`` for those of ``ids`` that were merged away."""
    parent: dict[int, int] = {}
    frontier = {i for i in ids if i is not None}
    for _ in range(50):  # merge chains are short; bounded anyway
        if not frontier:
            break
        rows = conn.execute(
            select(actors.c.id, actors.c.merged_into).where(actors.c.id.in_(frontier), actors.c.merged_into.is_not(None))
        ).all()
        step = {r.id: r.merged_into for r in rows}
        parent.update(step)
        frontier = set(step.values()) - set(parent)
    out: dict[int, int] = {}
    for i in ids:
        j, seen = i, set()
        while j in parent and j not in seen:
            seen.add(j)
            j = parent[j]
        if j != i:
            out[i] = j
    return out


class ActorResolver:
    """Maps names seen in documents to ledger actor ids.

    Holds an in-memory index of every alias, loaded on first use. The store
    calls :meth:`invalidate` when a write fails, so the index never keeps
    rows a rolled-back transaction made.
    """

    def __init__(self) -> None:
        self._loaded = False
        self._checked = 0.0
        self._signature: tuple[int, ...] = ()
        self.by_norm: dict[str, int] = {}
        self.types: dict[int, str] = {}
        self.by_skeleton: dict[str, set[int]] = {}
        self.by_surname: dict[str, set[int]] = {}  # persons only
        self.norms: dict[str, list[str]] = {}  # by first letter: fuzzy matching looks in one bucket
        self.names_of: dict[int, list[str]] = {}

    def invalidate(self) -> None:
        self._loaded = False
        self.by_norm.clear()
        self.types.clear()
        self.by_skeleton.clear()
        self.by_surname.clear()
        self.norms.clear()
        self.names_of.clear()

    def refresh(self, conn: Connection) -> None:
        """Reload if people corrected actors (merge/split) since the index was
        loaded; checked at most every ``REFRESH_SECONDS``."""
        if not self._loaded or time.monotonic() - self._checked < REFRESH_SECONDS:
            return
        self._checked = time.monotonic()
        if corrections_signature(conn) != self._signature:
            self.invalidate()

    def _load(self, conn: Connection) -> None:
        self.invalidate()
        self._signature = corrections_signature(conn)
        self._checked = time.monotonic()
        for actor_id, type_ in conn.execute(select(actors.c.id, actors.c.type).where(actors.c.merged_into.is_(None))):
            self.types[actor_id] = type_
        for actor_id, n in conn.execute(select(actor_aliases.c.actor_id, actor_aliases.c.norm)):
            self._index(n, actor_id)
        self._loaded = True

    def _index(self, n: str, actor_id: int) -> None:
        if n in self.by_norm:
            return
        self.by_norm[n] = actor_id
        self.norms.setdefault(n[:1], []).append(n)
        self.names_of.setdefault(actor_id, []).append(n)
        if len(n.replace(" ", "")) >= 4:
            self.by_skeleton.setdefault(skeleton(n), set()).add(actor_id)
        if self.types.get(actor_id) == "person" and " " in n:
            self.by_surname.setdefault(_skeleton_token(n.split()[-1]), set()).add(actor_id)

    # -- matching -------------------------------------------------------------

    def match(self, name: str, type_: str = "unknown") -> int | None:
        """The ledger actor a name refers to, if known (index must be loaded)."""
        n = norm(name)
        if not n:
            return None
        if n in self.by_norm:
            return self.by_norm[n]
        entry = alias_file().get(n)
        if entry is not None:
            for alias in (entry.name, *entry.aliases):
                hit = self.by_norm.get(norm(alias))
                if hit is not None:
                    return hit
        if len(n.replace(" ", "")) >= 4:
            cands = [a for a in self.by_skeleton.get(skeleton(n), ()) if _types_fit(self.types.get(a, "unknown"), type_)]
            if len(set(cands)) == 1:
                best = max((fuzz.ratio(n, k) for k in self.names_of.get(cands[0], ()) if tokens_agree(n, k)), default=0)
                if best >= SKELETON_CUTOFF:
                    return cands[0]
        bucket = self.norms.get(n[:1])
        if len(n) >= MIN_FUZZY_CHARS and bucket:
            hit = process.extractOne(n, bucket, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if hit is not None and tokens_agree(n, hit[0]):
                actor_id = self.by_norm[hit[0]]
                if _types_fit(self.types.get(actor_id, "unknown"), type_):
                    return actor_id
        if " " not in n and type_ in ("person", "unknown") and len(n) >= 4:
            people = self.by_surname.get(_skeleton_token(n), set())
            if len(people) == 1:
                return next(iter(people))
        return None

    # -- writing --------------------------------------------------------------

    def resolve(self, conn: Connection, name: str, type_: str = "unknown", aliases: list[str] | tuple[str, ...] = ()) -> int | None:
        """The ledger actor id for an analysis actor, creating it if new."""
        self.refresh(conn)
        if not self._loaded:
            self._load(conn)
        names: list[str] = []
        for x in (name, *aliases):
            if not x or not is_nameable(x):
                continue
            for y in (core_name(x), x) if x else ():
                if norm(y) and y not in names:
                    names.append(y)
        if not names:
            return None
        actor_id = None
        for x in names:
            actor_id = self.match(x, type_)
            if actor_id is not None:
                break
        to_add = list(names)
        if actor_id is None:
            entry = next((alias_file()[norm(x)] for x in names if norm(x) in alias_file()), None)
            if entry is not None:
                actor_id = self._create(conn, entry.name, entry.type if type_ == "unknown" else type_)
                self._add_aliases(conn, actor_id, [entry.name, *entry.aliases], origin="data")
            else:
                actor_id = self._create(conn, names[0], type_)
        elif type_ != "unknown" and self.types.get(actor_id) == "unknown":
            conn.execute(update(actors).where(actors.c.id == actor_id).values(type=type_))
            self.types[actor_id] = type_
        return self._add_aliases(conn, actor_id, to_add, origin="machine")

    def _create(self, conn: Connection, name: str, type_: str) -> int:
        base = (norm(name) or name.lower())[:280]
        stmt = _insert_ignore(conn, actors).returning(actors.c.id)
        stamp = now()
        for i in range(1, 1000):
            key = base if i == 1 else f"{base}~{i}"
            row = conn.execute(stmt, {"key": key, "name": " ".join(name.split())[:300], "type": type_, "merged_into": None, "created_at": stamp}).first()
            if row is not None:
                break
        else:
            raise StoreError(f"too many actors named {name!r}")
        self.types[row[0]] = type_
        return row[0]

    def _add_aliases(self, conn: Connection, actor_id: int, names: list[str], *, origin: str) -> int:
        """Attach names to an actor; if another writer took a name first, keep theirs.
        Returns the actor id the first name ended up with."""
        rows: dict[str, dict] = {}
        for alias in names:
            n = norm(alias)[:300]
            if n and n not in self.by_norm and n not in rows:
                rows[n] = {"actor_id": actor_id, "alias": " ".join(alias.split())[:300], "norm": n, "origin": origin}
        if rows:
            stmt = _insert_ignore(conn, actor_aliases).returning(actor_aliases.c.norm)
            taken = set(rows) - set(conn.execute(stmt, list(rows.values())).scalars().all())
            if taken:  # another writer got there first: their actor keeps the name
                for owner, n in conn.execute(select(actor_aliases.c.actor_id, actor_aliases.c.norm).where(actor_aliases.c.norm.in_(taken))):
                    self._index(n, owner)
            for n in rows:
                if n not in taken:
                    self._index(n, actor_id)
        first = norm(names[0])[:300] if names else ""
        return self.by_norm.get(first, actor_id)


def _insert_ignore(conn: Connection, table):
    """INSERT ... ON CONFLICT DO NOTHING for this connection's dialect."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table).on_conflict_do_nothing()


# -- people correcting the machine -------------------------------------------------


def find_actor(conn: Connection, ref: str) -> int:
    """An actor by id (``12``) or by any of its names; raises StoreError if unknown or ambiguous."""
    ref = ref.strip()
    if ref.isdigit():
        row = conn.execute(select(actors.c.id, actors.c.merged_into).where(actors.c.id == int(ref))).first()
        if row is None:
            raise StoreError(f"no actor with id {ref}")
        return _follow(conn, row.id)
    hit = conn.execute(select(actor_aliases.c.actor_id).where(actor_aliases.c.norm == norm(ref))).scalar()
    if hit is None:
        raise StoreError(f"no actor named {ref!r} (see: claimledger actors list)")
    return _follow(conn, hit)


def _follow(conn: Connection, actor_id: int) -> int:
    seen = set()
    while actor_id not in seen:
        seen.add(actor_id)
        nxt = conn.execute(select(actors.c.merged_into).where(actors.c.id == actor_id)).scalar()
        if nxt is None:
            return actor_id
        actor_id = nxt
    return actor_id


def _repoint(conn: Connection, old: int, new: int, *, names: set[str] | None = None) -> None:
    """Point claims and analysis actors from ``old`` to ``new`` (only those whose
    name normalises into ``names``, when given)."""
    for col_id, col_name in ((claims.c.claimant_actor_id, claims.c.claimant_name), (claims.c.reported_by_actor_id, claims.c.reported_by_name)):
        if names is None:
            conn.execute(update(claims).where(col_id == old).values({col_id.name: new}))
        else:
            rows = conn.execute(select(claims.c.id, col_name).where(col_id == old)).all()
            ids = [r[0] for r in rows if r[1] and (norm(r[1]) in names or norm(core_name(r[1])) in names)]
            for i in range(0, len(ids), 500):
                conn.execute(update(claims).where(claims.c.id.in_(ids[i : i + 500])).values({col_id.name: new}))
    if names is None:
        conn.execute(update(analysis_actors).where(analysis_actors.c.actor_id == old).values(actor_id=new))
    else:
        rows = conn.execute(select(analysis_actors.c.analysis_id, analysis_actors.c.local_id, analysis_actors.c.name).where(analysis_actors.c.actor_id == old)).all()
        for r in rows:
            if norm(r.name) in names or norm(core_name(r.name)) in names:
                conn.execute(
                    update(analysis_actors)
                    .where(and_(analysis_actors.c.analysis_id == r.analysis_id, analysis_actors.c.local_id == r.local_id))
                    .values(actor_id=new)
                )
    # perpetrators: JSON lists of ids; rewrite those that mention ``old``
    pattern = f"%{old}%"
    rows = conn.execute(select(claims.c.id, claims.c.perpetrators, claims.c.analysis_id).where(claims.c.perpetrators.like(pattern))).all()
    for r in rows:
        ids = json.loads(r.perpetrators or "[]")
        if old not in ids:
            continue
        if names is None:
            fixed = sorted({new if x == old else x for x in ids})
        else:
            fixed = _perpetrators_from_mapping(conn, r.id, r.analysis_id)
        conn.execute(update(claims).where(claims.c.id == r.id).values(perpetrators=json.dumps(fixed)))


def _perpetrators_from_mapping(conn: Connection, claim_id: int, analysis_id: int) -> list[int]:
    data = json.loads(conn.execute(select(claims.c.data).where(claims.c.id == claim_id)).scalar() or "{}")
    local = (data.get("event") or {}).get("actors") or []
    mapping = dict(conn.execute(select(analysis_actors.c.local_id, analysis_actors.c.actor_id).where(analysis_actors.c.analysis_id == analysis_id)).all())
    return sorted({mapping[x] for x in local if mapping.get(x) is not None})


def merge_actors(conn: Connection, keep_ref: str, other_ref: str) -> tuple[int, int]:
    """Merge actor ``other`` into ``keep``: its names, claims and mentions move over."""
    keep = find_actor(conn, keep_ref)
    other = find_actor(conn, other_ref)
    if keep == other:
        raise StoreError(f"{keep_ref!r} and {other_ref!r} are already the same actor (id {keep})")
    conn.execute(update(actor_aliases).where(actor_aliases.c.actor_id == other).values(actor_id=keep, origin="person"))
    _repoint(conn, other, keep)
    conn.execute(update(actors).where(actors.c.id == other).values(merged_into=keep))
    ktype, otype = (conn.execute(select(actors.c.type).where(actors.c.id == x)).scalar() for x in (keep, other))
    if ktype == "unknown" and otype != "unknown":
        conn.execute(update(actors).where(actors.c.id == keep).values(type=otype))
    return keep, other


def split_actor(conn: Connection, actor_ref: str, alias: str) -> int:
    """Take ``alias`` away from an actor into a new actor of its own; returns its id."""
    actor_id = find_actor(conn, actor_ref)
    n = norm(alias)
    row = conn.execute(select(actor_aliases.c.id, actor_aliases.c.actor_id, actor_aliases.c.alias).where(actor_aliases.c.norm == n)).first()
    if row is None or _follow(conn, row.actor_id) != actor_id:
        raise StoreError(f"{alias!r} is not a name of actor {actor_id} (see: claimledger actors list)")
    remaining = conn.execute(select(func.count()).select_from(actor_aliases).where(actor_aliases.c.actor_id == actor_id)).scalar()
    if remaining <= 1:
        raise StoreError(f"{alias!r} is the only name of actor {actor_id}; nothing to split")
    type_ = conn.execute(select(actors.c.type).where(actors.c.id == actor_id)).scalar()
    new_id = ActorResolver()._create(conn, row.alias, type_)
    # the name and its variants with a role or apposition ("Dr. Hamza Karim, a surgeon")
    moved = {n}
    for alias_id, alias_text, alias_norm in conn.execute(
        select(actor_aliases.c.id, actor_aliases.c.alias, actor_aliases.c.norm).where(actor_aliases.c.actor_id == actor_id)
    ).all():
        if alias_norm == n or norm(core_name(alias_text)) == n:
            moved.add(alias_norm)
            conn.execute(update(actor_aliases).where(actor_aliases.c.id == alias_id).values(actor_id=new_id, origin="person"))
    if conn.execute(select(func.count()).select_from(actor_aliases).where(actor_aliases.c.actor_id == actor_id)).scalar() == 0:
        raise StoreError(f"every name of actor {actor_id} is a form of {alias!r}; nothing would be left")
    # if the split name was the actor's display name, give it another one
    name = conn.execute(select(actors.c.name).where(actors.c.id == actor_id)).scalar()
    if norm(name) == n:
        other = conn.execute(select(actor_aliases.c.alias).where(actor_aliases.c.actor_id == actor_id).order_by(actor_aliases.c.id)).scalar()
        conn.execute(update(actors).where(actors.c.id == actor_id).values(name=other))
    _repoint(conn, actor_id, new_id, names=moved)
    return new_id


def list_actors(conn: Connection, *, query: str | None = None, limit: int = 100) -> list[ActorRow]:
    """Actors (not merged away) with their aliases and how many current claims they make."""
    counts = (
        select(claims.c.claimant_actor_id.label("actor_id"), func.count().label("n"), func.count(func.distinct(claims.c.document_id)).label("docs"))
        .where(claims.c.is_current.is_(True), claims.c.claimant_actor_id.is_not(None))
        .group_by(claims.c.claimant_actor_id)
        .subquery()
    )
    stmt = (
        select(actors.c.id, actors.c.name, actors.c.type, func.coalesce(counts.c.n, 0), func.coalesce(counts.c.docs, 0))
        .outerjoin(counts, counts.c.actor_id == actors.c.id)
        .where(actors.c.merged_into.is_(None))
    )
    if query:
        ids = select(actor_aliases.c.actor_id).where(actor_aliases.c.norm.like(f"%{norm(query)}%"))
        stmt = stmt.where(or_(actors.c.id.in_(ids), func.lower(actors.c.name).like(f"%{query.lower()}%")))
    stmt = stmt.order_by(func.coalesce(counts.c.n, 0).desc(), actors.c.name).limit(limit)
    rows = conn.execute(stmt).all()
    aliases: dict[int, list[str]] = {}
    ids = [r[0] for r in rows]
    for i in range(0, len(ids), 500):
        for actor_id, alias in conn.execute(select(actor_aliases.c.actor_id, actor_aliases.c.alias).where(actor_aliases.c.actor_id.in_(ids[i : i + 500])).order_by(actor_aliases.c.id)):
            aliases.setdefault(actor_id, []).append(alias)
    return [ActorRow(r[0], r[1], r[2], aliases.get(r[0], []), r[3], r[4]) for r in rows]
