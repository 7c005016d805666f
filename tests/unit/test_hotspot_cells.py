"""hotspot_cells: the densest cells covering a share of the area, grouped and ranked by peak."""
import numpy as np
import pytest

from est_plugin.core.hotspot_cells import cell_hotspots, top_cells

# Three groups of positive cells (row, column):
#   A: 9 at (1,1), 8 at (1,2), 7 at (2,1)            peak 9
#   B: 5 at (3,4), 6 at (4,3)  (diagonal neighbours)  peak 6
#   C: 4 at (5,5)               (alone)               peak 4
VALUES = np.array([
    [0, 0, 0, 0, 0, 0],
    [0, 9, 8, 0, 0, 0],
    [0, 7, 0, 0, 0, 0],
    [0, 0, 0, 0, 5, 0],
    [0, 0, 0, 6, 0, 0],
    [0, 0, 0, 0, 0, 4],
], dtype=float)
COUNTS = np.array([
    [3, 0, 0, 0, 0, 0],
    [0, 2, 1, 0, 0, 0],
    [0, 4, 0, 0, 0, 0],
    [0, 0, 0, 0, 5, 0],
    [0, 0, 0, 1, 0, 0],
    [0, 0, 0, 0, 0, 7],
])


@pytest.mark.parametrize("share,cells", [(0.01, 1), (2 / 36, 2), (0.1, 4), (5.2 / 36, 5), (1.0, 6)])
def test_top_cells_covers_round_share_of_the_cells_and_never_zero_cells(share, cells):
    mask = top_cells(VALUES, None, share)
    assert mask.sum() == cells
    # The mask holds the largest values: every chosen cell is at least every other cell.
    assert VALUES[mask].min() >= VALUES[~mask].max()
    assert (VALUES[mask] > 0).all()


def test_top_cells_includes_ties_with_the_last_cell():
    values = np.array([[5.0, 4.0, 4.0], [4.0, 1.0, 0.0], [3.0, 0.0, 0.0]])
    # round(0.2 * 9) = 2 cells; the second is a 4 and two more cells equal it.
    assert top_cells(values, None, 0.2).tolist() == [[True, True, True], [True, False, False],
                                                     [False, False, False]]


def test_top_cells_respects_the_valid_mask():
    valid = np.ones(VALUES.shape, bool)
    valid[1, 1] = valid[5, 5] = False  # the highest and the lowest positive cell
    valid[:, 0] = False
    # 36 - 6 - 2 = 28 valid cells; round(0.1 * 28) = 3: 8, 7, 6.
    mask = top_cells(VALUES, valid, 0.1)
    assert sorted(VALUES[mask].tolist()) == [6.0, 7.0, 8.0]
    assert not (mask & ~valid).any()
    assert not top_cells(VALUES, np.zeros(VALUES.shape, bool), 0.5).any()


def test_top_cells_takes_at_least_one_cell():
    values = np.zeros((20, 20))
    values[7, 3] = 0.5
    assert top_cells(values, None, 0.0001).sum() == 1
    assert not top_cells(np.zeros((4, 4)), None, 0.5).any()  # but never a zero cell


def test_cell_hotspots_ranks_groups_by_peak_with_eight_neighbours():
    found = cell_hotspots(VALUES, None, 0.5, 10.0, COUNTS)  # round(18) cells, but only 6 positive
    expected_labels = np.zeros(VALUES.shape, int)
    expected_labels[1, 1] = expected_labels[1, 2] = expected_labels[2, 1] = 1
    expected_labels[3, 4] = expected_labels[4, 3] = 2
    expected_labels[5, 5] = 3
    assert found.labels.tolist() == expected_labels.tolist()
    table = found.table
    assert table["rank"].tolist() == [1, 2, 3]
    assert table["cells"].tolist() == [3, 2, 1]
    assert table["area_m2"].tolist() == [300.0, 200.0, 100.0]
    assert table["area_share"].tolist() == pytest.approx([3 / 36, 2 / 36, 1 / 36])
    assert table["peak_density"].tolist() == [9.0, 6.0, 4.0]
    assert table["mean_density"].tolist() == pytest.approx([8.0, 5.5, 4.0])
    # The counts of the hotspot cells only: the 3 incidents at (0, 0) are outside every hotspot.
    assert table["incident_count"].tolist() == [7, 6, 7]
    assert found.threshold == 4.0
    assert found.covered_share == pytest.approx(6 / 36)


def test_cell_hotspots_area_uses_the_pixel_size_squared():
    found = cell_hotspots(VALUES, None, 0.5, 2.5)
    assert found.table["area_m2"].tolist() == [3 * 6.25, 2 * 6.25, 6.25]
    assert found.table["incident_count"].tolist() == [0, 0, 0]  # no counts given


def test_cell_hotspots_rank_follows_the_peak_not_the_size():
    values = np.zeros((5, 9))
    values[0:3, 0:3] = 2.0  # a big group of 9 cells with a low peak
    values[4, 8] = 10.0  # one cell with the highest peak
    values[0, 6] = 5.0
    values[1, 7] = 4.0  # diagonal to (0, 6)
    found = cell_hotspots(values, None, 1.0, 1.0)
    assert found.labels[4, 8] == 1 and found.labels[0, 6] == found.labels[1, 7] == 2
    assert (found.labels[0:3, 0:3] == 3).all()
    assert found.table["cells"].tolist() == [1, 2, 9]
    assert found.threshold == 2.0


def test_cell_hotspots_with_equal_peaks_rank_the_first_in_reading_order_first():
    values = np.zeros((4, 4))
    values[3, 0] = values[0, 3] = values[3, 3] = 1.0
    found = cell_hotspots(values, None, 1.0, 1.0)
    assert found.labels[0, 3] == 1 and found.labels[3, 0] == 2 and found.labels[3, 3] == 3


def test_cell_hotspots_respects_the_valid_mask():
    valid = np.ones(VALUES.shape, bool)
    valid[1, 2] = False  # removes the 8 from group A
    valid[0, :] = False
    # 29 valid cells; round(0.1 * 29) = 3 cells: 9, 7, 6 (8 is not valid).
    found = cell_hotspots(VALUES, valid, 0.1, 10.0, COUNTS)
    assert found.labels[1, 2] == 0
    assert found.table["cells"].tolist() == [2, 1]
    assert found.table["peak_density"].tolist() == [9.0, 6.0]
    assert found.table["area_share"].tolist() == pytest.approx([2 / 29, 1 / 29])
    assert found.table["incident_count"].tolist() == [6, 1]
    assert found.covered_share == pytest.approx(3 / 29)


def test_cell_hotspots_of_an_empty_raster():
    found = cell_hotspots(np.zeros((3, 3)), None, 0.1, 10.0)
    assert len(found.table) == 0 and not found.labels.any()
    assert found.covered_share == 0.0


def test_inputs_are_not_changed():
    values, counts = VALUES.copy(), COUNTS.copy()
    cell_hotspots(values, None, 0.2, 10.0, counts)
    assert np.array_equal(values, VALUES) and np.array_equal(counts, COUNTS)
