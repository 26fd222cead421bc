using TalentMatch.Application.Monitoring.Disclosure;

namespace TalentMatch.Application.UnitTests.Monitoring.Disclosure;

public sealed class CountProtectionTests
{
    [Fact]
    public void Protect_OneSmallCellInARowWithItsTotal_HidesASecondCellSoItCannotBeSubtracted()
    {
        var table = new CrossTable(new long[,] { { 7, 3, 12 } });

        var published = CountProtection.Protect(table.Index.Counts, table.Cells);

        published[table.CellAt(0, 1)].ShouldBe(PublishedCount.Hidden(Suppression.BelowThreshold));
        published[table.CellAt(0, 2)].ShouldBe(PublishedCount.Hidden(Suppression.Complementary), "the roomy 12, not the 7");
        published[table.CellAt(0, 0)].ShouldBe(PublishedCount.Shown(7));
        published[table.RowTotal(0)].ShouldBe(PublishedCount.Shown(22));
    }

    [Fact]
    public void Protect_ZeroPeople_IsHiddenLikeAnyCountUnderFive()
    {
        var table = new CrossTable(new long[,] { { 0, 20 }, { 30, 40 } });

        var published = CountProtection.Protect(table.Index.Counts, table.Cells);

        published[table.CellAt(0, 0)].Suppression.ShouldBe(Suppression.BelowThreshold);
        published[table.CellAt(0, 0)].Value.ShouldBeNull();
        ExactAudit.Determined(table.Cells, table.Index.Counts.Count, [.. published.Select(p => p.IsHidden)]).ShouldBeEmpty();
    }

    [Fact]
    public void Protect_NothingSmall_ShowsEverything()
    {
        var table = new CrossTable(new long[,] { { 5, 6 }, { 7, 8 } });

        CountProtection.Protect(table.Index.Counts, table.Cells).ShouldAllBe(p => !p.IsHidden);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Protect_MonthBySectorTablesWithTotals_NoHiddenCountCanBeWorkedOut(int seed)
    {
        var random = new Random(seed);
        var counts = new long[4, 12];
        for (var r = 0; r < 4; r++)
        {
            for (var c = 0; c < 12; c++)
            {
                counts[r, c] = random.Next(4) == 0 ? random.Next(5) : random.Next(30);
            }
        }

        var table = new CrossTable(counts);

        var published = CountProtection.Protect(table.Index.Counts, table.Cells);

        published.Select(p => p.IsHidden).ShouldContain(true);
        for (var i = 0; i < published.Count; i++)
        {
            var value = table.Cells[i].Sum(a => table.Index.Counts[a]);
            (published[i].Suppression == Suppression.BelowThreshold).ShouldBe(value < CountProtection.Threshold, $"cell {i} = {value}");
            if (!published[i].IsHidden)
            {
                published[i].Value.ShouldBe(value);
            }
        }

        ExactAudit.Determined(table.Cells, table.Index.Counts.Count, [.. published.Select(p => p.IsHidden)])
            .ShouldBeEmpty("a total minus the shown cells, or any other sum of shown counts, gives a hidden count");
        NoLineHasExactlyOneHiddenCell(table, published);
    }

    [Fact]
    public void Protect_TwoTablesSharingTheirMargins_AreAuditedTogether()
    {
        // Placements by sector × month (atoms also split by housing arranged) and, from the same placements,
        // sector × housing arranged: both show the sector totals, so a pattern safe in each table alone can leak.
        var index = new AtomIndex<(int Sector, int Month, bool Housing)>();
        var random = new Random(7);
        for (var s = 0; s < 4; s++)
        {
            for (var m = 0; m < 6; m++)
            {
                index.Add((s, m, true), random.Next(4));
                index.Add((s, m, false), random.Next(9));
            }
        }

        var cells = new List<IReadOnlyCollection<int>>();
        for (var s = 0; s < 4; s++)
        {
            var sector = s;
            cells.Add(index.Where(k => k.Sector == sector));
            cells.AddRange(Enumerable.Range(0, 6).Select(m => index.Where(k => k.Sector == sector && k.Month == m)));
            cells.Add(index.Where(k => k.Sector == sector && k.Housing));
            cells.Add(index.Where(k => k.Sector == sector && !k.Housing));
        }

        cells.AddRange(Enumerable.Range(0, 6).Select(m => index.Where(k => k.Month == m)));
        cells.Add(index.Where(k => k.Housing));
        cells.Add(index.Where(_ => true));

        var published = CountProtection.Protect(index.Counts, cells);

        ExactAudit.Determined(cells, index.Counts.Count, [.. published.Select(p => p.IsHidden)]).ShouldBeEmpty();
    }

    [Fact]
    public void Protect_PeopleCountedInSeveralColumns_AreProtectedOverThePeopleNotTheColumns()
    {
        // Candidates by group × sector, where someone who wants work in two sectors is in both columns but once in
        // the group total: the atoms are (group, set of sectors).
        var index = new AtomIndex<(int Group, int Sectors)>();
        var random = new Random(11);
        for (var g = 0; g < 5; g++)
        {
            for (var set = 1; set < 16; set++)
            {
                index.Add((g, set), random.Next(3) == 0 ? random.Next(12) : 0);
            }
        }

        var cells = new List<IReadOnlyCollection<int>>();
        for (var g = 0; g < 5; g++)
        {
            var group = g;
            cells.AddRange(Enumerable.Range(0, 4).Select(s => index.Where(k => k.Group == group && (k.Sectors & (1 << s)) != 0)));
            cells.Add(index.Where(k => k.Group == group));
        }

        cells.AddRange(Enumerable.Range(0, 4).Select(s => index.Where(k => (k.Sectors & (1 << s)) != 0)));
        cells.Add(index.Where(_ => true));

        var published = CountProtection.Protect(index.Counts, cells);

        ExactAudit.Determined(cells, index.Counts.Count, [.. published.Select(p => p.IsHidden)]).ShouldBeEmpty();
        published.Where(p => p.Suppression == Suppression.BelowThreshold).ShouldNotBeEmpty();
    }

    [Fact]
    public void ExactAudit_WithoutComplementarySuppression_FindsTheSubtraction()
    {
        // The audit itself must be able to fail: hide only the small cell and it is found.
        var table = new CrossTable(new long[,] { { 7, 3, 12 } });
        var hidden = table.Cells.Select((_, i) => i == table.CellAt(0, 1)).ToList();

        ExactAudit.Determined(table.Cells, table.Index.Counts.Count, hidden).ShouldBe([table.CellAt(0, 1)]);
    }

    private static void NoLineHasExactlyOneHiddenCell(CrossTable table, IReadOnlyList<PublishedCount> published)
    {
        for (var r = 0; r < table.Rows; r++)
        {
            var row = r;
            var hidden = Enumerable.Range(0, table.Columns).Count(c => published[table.CellAt(row, c)].IsHidden)
                + (published[table.RowTotal(row)].IsHidden ? 1 : 0);
            hidden.ShouldNotBe(1, $"row {row}");
        }

        for (var c = 0; c < table.Columns; c++)
        {
            var column = c;
            var hidden = Enumerable.Range(0, table.Rows).Count(r => published[table.CellAt(r, column)].IsHidden)
                + (published[table.ColumnTotal(column)].IsHidden ? 1 : 0);
            hidden.ShouldNotBe(1, $"column {column}");
        }
    }
}
