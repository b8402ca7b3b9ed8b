# ant_v1.1_part000_1647 (annotator40)
@P2
ORG | منصة أبطال المساواة في الأجر | p2_platform
PERCENT | 23% | p2_pct

@P3
ORG | الجمعية العامة | p3_ga
ORG | لجنة الأمم المتحدة المعنية بوضع المرأة | p3_csw
DATE | الثالث عشر من الشهر الحالي | p3_13th
ORG | منظمة العمل الدولية | p3_ilo1
ORG | وات | p3_tap
DATE | اليوم الخميس | p3_thursday
MONEY | 77 سنتا | p3_cents
PERCENT | 23% | p3_pct
ORG | منصة الأبطال | p3_platform
ORG | منظمة العمل الدولية | p3_ilo2
ORG | هيئة الأمم المتحدة للمرأة | p3_unwomen
NORP | الأمريكية | p3_us1
PER | باتريشيا آركيت | p3_arquette1
NORP | الأمريكية | p3_us2
PER | آبي وامباك | p3_wambach
NORP | الأمريكية | p3_us3
PER | باتريشيا آركيت | p3_arquette2
REL | ROLE | p3_arquette1 | p3_platform
REL | ROLE | p3_wambach | p3_platform
