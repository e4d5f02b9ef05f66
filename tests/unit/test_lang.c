/* test_lang.c - language registry and detection. */
#include <string.h>
#include <criterion/criterion.h>

#include "lang.h"

#define DETECT(s) lang_detect(s, strlen(s))

Test(lang, detects_english)
{
	cr_expect_str_eq(DETECT("Orange and Google Cloud today announced a partnership with the operator."), "en");
	cr_expect_str_eq(DETECT("The company will open a data centre in the north of the country."), "en");
}

Test(lang, detects_french)
{
	cr_expect_str_eq(DETECT("Orange et Google Cloud annoncent un partenariat pour les entreprises."), "fr");
	cr_expect_str_eq(DETECT("La société a ouvert un centre de données dans le nord du pays."), "fr");
}

Test(lang, empty_defaults_to_first)
{
	cr_expect_str_eq(DETECT(""), "en");
	cr_expect_str_eq(DETECT("12345 ---"), "en");
}

Test(lang, registry)
{
	cr_expect_not_null(lang_get("en"));
	cr_expect_not_null(lang_get("fr"));
	cr_expect_null(lang_get("de"));
	cr_expect_null(lang_get(NULL));
	cr_expect_str_eq(lang_get("fr")->code, "fr");
}
