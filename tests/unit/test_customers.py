import pytest

from usagebill_desktop.domain.customers import (
    PaymentMethod,
    grouped_iban,
    make_customer,
    next_account,
)
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
        ({"phone": "call me"}, "phone"),
        ({"payment_method": "cheque"}, "payment_method"),
        ({"payment_method": "direct_debit"}, "iban"),
        ({"iban": "ES91 2100 0418 4502 0005 1333"}, "iban"),  # last digit mistyped
        ({"iban": "ES91"}, "iban"),
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


def test_a_direct_debit_customer_keeps_a_checked_iban_without_spaces():
    customer = make_customer(
        account="1",
        name="Ana",
        payment_method="direct_debit",
        iban="es91 2100 0418 4502 0005 1332",
        phone="+34 600 123 456",
    )
    assert customer.payment_method is PaymentMethod.DIRECT_DEBIT
    assert customer.iban == "ES9121000418450200051332"
    assert grouped_iban(customer.iban) == "ES91 2100 0418 4502 0005 1332"
    assert customer.phone == "+34 600 123 456"


def test_ibans_of_other_countries_pass_iso_13616():
    for iban in ("GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606"):
        assert make_customer(account="1", name="Ana", iban=iban).iban == iban


def test_a_supply_address_equal_to_the_billing_address_is_not_kept_twice():
    same = make_customer(account="1", name="Ana", address="C/ Mayor 1", supply_address="C/ Mayor 1")
    other = make_customer(account="1", name="Ana", address="C/ Mayor 1", supply_address="Finca 3")
    assert (same.supply_address, other.supply_address) == ("", "Finca 3")
