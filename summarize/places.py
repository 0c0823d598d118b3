"""Place names (countries, their adjectives, capitals and large cities of the Arab world and beyond),
as the stories stage matches them: where an event happened is the strongest sign of which story
an article belongs to. Written as articles spell them; `place_keys()` folds and stems them once.
Only one word of a two-word name is listed, and never a word that is also a common noun (صور,
المدينة, البيضاء, مالي), so that a key found in a text is a place.
"""

from __future__ import annotations

from functools import cache

from summarize.arabic import light_stem, normalise_for_match

PLACE_NAMES = """
مصر المصرية القاهرة الإسكندرية السويس بورسعيد الإسماعيلية أسوان الأقصر سيناء
السعودية السعودي الرياض جدة مكة الدمام الكويت الكويتية الإمارات الإماراتية أبوظبي دبي الشارقة
قطر القطرية الدوحة البحرين البحرينية المنامة عمان العمانية مسقط اليمن اليمنية صنعاء عدن الحديدة مأرب
العراق العراقية بغداد البصرة الموصل أربيل كركوك سوريا السورية دمشق حلب حمص حماة اللاذقية طرطوس إدلب درعا الرقة
لبنان اللبنانية بيروت طرابلس صيدا الأردن الأردنية عمّان الزرقاء إربد فلسطين الفلسطينية القدس غزة
الضفة جنين نابلس الخليل  أريحا إسرائيل الإسرائيلية أبيب حيفا يافا
ليبيا الليبية بنغازي درنة مصراتة سرت طبرق المرج سبها تونس التونسية صفاقس سوسة القيروان
الجزائر الجزائرية وهران قسنطينة عنابة المغرب المغربية الرباط مراكش فاس طنجة أكادير مكناس وجدة الحوز تارودانت ورزازات
موريتانيا الموريتانية نواكشوط السودان السودانية الخرطوم درمان بورتسودان دارفور الفاشر الصومال الصومالية مقديشو
جيبوتي إريتريا إثيوبيا الإثيوبية أديس أبابا كينيا نيروبي نيجيريا أبوجا تشاد النيجر السنغال داكار
تركيا التركية أنقرة إسطنبول إزمير عنتاب هاتاي كهرمان مرعش أضنة ملاطية
إيران الإيرانية طهران مشهد أصفهان أفغانستان الأفغانية كابل باكستان الباكستانية  كراتشي الهند الهندية نيودلهي مومباي
الصين الصينية بكين شنغهاي اليابان اليابانية طوكيو كوريا الكورية سيول  إندونيسيا جاكرتا ماليزيا كوالالمبور
روسيا الروسية موسكو أوكرانيا الأوكرانية كييف خاركيف القرم كازاخستان الكازاخستانية ألماتي أستانا أوزبكستان قرغيزستان
أذربيجان باكو أرمينيا يريفان جورجيا تبليسي بيلاروسيا مينسك
بريطانيا البريطانية لندن إنجلترا اسكتلندا فرنسا الفرنسية باريس ألمانيا الألمانية برلين إيطاليا الإيطالية روما
إسبانيا الإسبانية مدريد برشلونة البرتغال البرتغالية لشبونة هولندا روتردام أمستردام بلجيكا بروكسل سويسرا جنيف
النمسا فيينا اليونان أثينا السويد النرويج الدنمارك فنلندا بولندا وارسو المجر كرواتيا صربيا
الأمريكية الأميركية واشنطن نيويورك كندا أوتاوا المكسيك البرازيل البرازيلية الأرجنتين الأرجنتينية
تشيلي كولومبيا فنزويلا كوبا أستراليا سيدني
""".split()  # noqa: SIM905 (a word list reads better as text)


@cache
def place_keys() -> frozenset[str]:
    """The match keys of PLACE_NAMES (folded and stemmed as `stories.story_keys` folds words)."""
    return frozenset(light_stem(normalise_for_match(name)) for name in PLACE_NAMES if len(name) >= 3)


def is_place_word(word: str) -> bool:
    """`word`, folded and stemmed as the place keys are, names a place."""
    return light_stem(normalise_for_match(word)) in place_keys()
