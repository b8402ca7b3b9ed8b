# saudinewsnet_part009_0211 (annotator58)
# "الأمانة العامة للجامعة" (the League named only by the common noun "الجامعة", like "ديوان المحافظة") and "القمة",
# "قرار القمة" are not annotated; "البروتوكول المنظم للقوة المشتركة" is descriptive (no LAW), and "القوة المشتركة"
# is the description of the force whose name is "قوة الردع".
@P1
ORG | مجلس الدفاع العربي | p1_council
LAW | الاتفاق النووي | p1_deal

@P2
ORG | الجامعة العaربية | p2_league        # typo (a Latin "a") kept as written
ORG | مجلس الدفاع المشترك | p2_council
PER | نبيل العربي | p2_arabi
REL | ROLE | p2_arabi | p2_league         # "الأمين العام للجامعة": the League's full mention earlier in the sentence
LAW | بروتوكول قوة الردع | p2_protocol     # "مشروع" (draft) out

@P3
ORG | عكاظ | p3_okaz
NORP | العرب | p3_arabs
DATE | 29 يوليو الجاري | p3_date
ORG | مجلس الدفاع المشترك | p3_council
LAW | بروتوكول القوة المشتركة | p3_protocol
ORG | قوة الردع | p3_force               # "تعرف بقوة الردع": the named force (armed forces are ORG)
DATE | مارس الماضي | p3_march

@P4
LAW | الاتفاق النووي الإيراني | p4_deal
NORP | الغربي | p4_western              # §7.5 (part018_0617)

@P5
NORP | المصري | p5_egyptian1
PER | عبدالفتاح السيسي | p5_sisi
REL | ROLE | p5_sisi | p5_egyptian1
ORG | جامعة العربية | p5_league               # after لل
NORP | المصري | p5_egyptian2
PER | محمود فوزي | p5_fawzi
REL | ROLE | p5_fawzi | p5_egyptian2     # "رئيس الأركان المصري الفريق أول محمود فوزي"
DATE | مارس | p5_march                   # "قمة مارس": a summit named by its month, no EVENT
