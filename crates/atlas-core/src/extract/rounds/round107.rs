//! The rule classes of the hundred-and-seventh round of issue 17, on sentences written for these
//! tests (none copied from a held-out report): a monthly sheet's rows dated by their "Day" column
//! under the line naming its month, remarks wrapped under a row included; "that month" after a
//! month looked back to.

use crate::extract::tests::found;

#[test]
fn a_monthly_sheets_day_column_dates_its_rows() {
    let text = "RAINFALL CARD\nMonth: December 2016\n\nDay  Rain   Remarks\n---  -----  \
                ----------------------------\n03   0.0    quiet\n04   0.6    Sunday. The radio \
                said that the army\n           took Karm al-Myassar.\n05   0.0    -\n\nTotal \
                to be posted after the 31st.";
    assert_eq!(
        found(text, ""),
        ["2016-12-04 karm-al-myassar government full"]
    );
}

#[test]
fn a_sheets_row_with_empty_cells_keeps_the_table_going() {
    let text = "Monthly return\nMonth: November 2016\n\nDay | Rain | Remarks\n----+------+------\n\
                20 |  0.0 | Guns all night.\n21 |  2.4 |\n28 |  1.2 | Sheikh Khodr taken by the \
                army in the afternoon.\n";
    assert_eq!(
        found(text, ""),
        ["2016-11-28 sheikh-kheder government full"]
    );
}

#[test]
fn that_month_after_a_month_looked_back_to() {
    let text = "Readers ask, 3 December 2016.\n\nRebels entered the city in July 2012 and took \
                Salah al-Din in the last week of that month.";
    assert_eq!(found(text, ""), ["2012-07-31 salah-ad-deen rebels full"]);
}
