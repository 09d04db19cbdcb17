import pytest

from usagebill_desktop.domain.customers import make_customer, next_account
from usagebill_desktop.domain.errors import InvalidValue


def test_a_customer_is_stored_without_stray_spaces_and_with_an_uppercase_tax_id():
    customer = make_customer(account=" 42 ", name="  Ana Ruiz ", tax_id="12345678z", language="ES")
    assert (customer.account, customer.name, customer.tax_id, customer.language) == (
        "42",
        "Ana Ruiz",
        "12345678Z",
        "es",
    )


@pytest.mark.parametrize(
    ("details", "field"),
    [
        ({"name": ""}, "name"),
        ({"email": "ana@"}, "email"),
        ({"language": "fr"}, "language"),
        ({"account": "a b"}, "account"),
    ],
)
def test_a_broken_rule_names_the_field(details, field):
    values = {"account": "1", "name": "Ana", **details}
    with pytest.raises(InvalidValue) as caught:
        make_customer(**values)
    assert caught.value.field == field


def test_account_numbers_continue_after_the_highest_numeric_one():
    assert next_account(None) == "000001"
    assert next_account(199) == "000200"
